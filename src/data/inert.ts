// The one way feed text becomes markup to read: inside documents that have no browsing context
// (their scripts never run, images never load, handlers never fire).
//
// Trusted Types: parseFromString and innerHTML are HTML sinks, so on a page whose CSP says
// `require-trusted-types-for 'script'` they only take TrustedHTML. The policy "sz-widgets" passes
// text through unchanged, which is safe only because the result stays in an inert document; the
// partner's CSP must list it (`trusted-types lit-html sz-widgets`, see the README).
interface Policy {
  createHTML(input: string): unknown;
}

let policy: Policy | null | undefined;

function trusted(text: string): string {
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
  return (policy ? policy.createHTML(text) : text) as string;
}

/** A whole document (XML feeds). */
export function parseInert(text: string, type: DOMParserSupportedType): Document {
  return new DOMParser().parseFromString(trusted(text), type);
}

let scratch: Document | undefined;

/**
 * An HTML fragment, parsed into an element of one reused inert document: a new DOMParser
 * document per summary made a 10,000-item feed take seconds.
 */
export function parseInertFragment(html: string): HTMLElement {
  scratch ??= document.implementation.createHTMLDocument('');
  const box = scratch.createElement('div');
  // eslint-disable-next-line no-restricted-properties -- an inert document, through the policy above
  box.innerHTML = trusted(html);
  return box;
}
