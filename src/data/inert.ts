// The one way feed text becomes a document: DOMParser, whose documents have no browsing context
// (their scripts never run, images never load, handlers never fire).
//
// Trusted Types: parseFromString is an HTML sink, so on a page whose CSP says
// `require-trusted-types-for 'script'` it only takes TrustedHTML. The policy "sz-widgets" passes
// text through unchanged, which is safe only because the result is this inert document; the
// partner's CSP must list it (`trusted-types lit-html sz-widgets`, see the README).
interface Policy {
  createHTML(input: string): unknown;
}

let policy: Policy | null | undefined;

export function parseInert(text: string, type: DOMParserSupportedType): Document {
  if (policy === undefined) {
    try {
      const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } }).trustedTypes;
      policy = tt?.createPolicy('sz-widgets', { createHTML: (input) => input }) ?? null;
    } catch {
      // The page's CSP does not allow the policy (or a second copy of the package made it):
      // the plain string is used, and the browser reports the violation to the page.
      policy = null;
    }
  }
  return new DOMParser().parseFromString((policy ? policy.createHTML(text) : text) as string, type);
}
