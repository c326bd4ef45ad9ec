// `npm run manifest` writes dist/custom-elements.json from the elements' JSDoc. It is shipped in
// the package (`customElements` in package.json), feeds Storybook's docs and controls, and is the
// source of the README's API tables (scripts/api-docs.mjs).
import { readFileSync } from 'node:fs';

const BASE = 'src/shared/sz-element.ts';

/** `@attr [name=default]` defaults as written in the JSDoc: what a webmaster gets. */
function documentedDefaults(path) {
  const found = new Map();
  for (const m of readFileSync(path, 'utf8').matchAll(/@attr\s+(?:\{[^}]*\}\s+)?\[([\w-]+)=([^\]]+)\]/g)) {
    found.set(m[1], m[2]);
  }
  return found;
}

/**
 * Keeps the manifest to the public API. Lit's analyzer reads every entry of `static properties`
 * as an attribute, including internal `state: true` ones; those fields are `private` in the
 * classes, so their attributes go. Fields get the description of the attribute they mirror, and
 * each element gets its `custom-element-definition` export (the package defines tags through its
 * own guarded `define()`, which the analyzer cannot follow). The documented default wins over a
 * constructor's initial value (`src` starts as `null` but means "the shipped dataset").
 */
function publicApiOnly() {
  return {
    name: 'sz-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        mod.declarations = (mod.declarations ?? []).filter((d) => d.customElement && d.tagName);
        mod.exports = (mod.exports ?? []).filter((e) => mod.declarations.some((d) => d.name === e.name));
        // An element's own JSDoc, then its base class's (for the attributes it inherits).
        const defaults = new Map([...documentedDefaults(BASE), ...documentedDefaults(mod.path)]);
        for (const d of mod.declarations) {
          const hidden = new Set(
            (d.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
          );
          d.members = (d.members ?? []).filter((m) => !hidden.has(m.name));
          d.attributes = (d.attributes ?? []).filter((a) => !hidden.has(a.fieldName));
          for (const a of d.attributes) {
            // `lang` is HTMLElement's own property, so the class declares no type for it.
            a.type ??= { text: 'string' };
            if (defaults.has(a.name)) a.default = defaults.get(a.name);
            else delete a.default;
          }
          for (const m of d.members) {
            const attr = d.attributes.find((a) => a.fieldName === m.name);
            if (!attr) continue;
            if (attr.description && !m.description) m.description = attr.description;
            if (attr.default) m.default = attr.default;
            else delete m.default;
          }
          mod.exports.push({
            kind: 'custom-element-definition',
            name: d.tagName,
            declaration: { name: d.name, module: mod.path },
          });
        }
      }
    },
  };
}

export default {
  // The base class too, so that the attributes every element inherits from it are listed.
  globs: [
    'src/shared/sz-element.ts',
    'src/news-list/sz-news-list.ts',
    'src/center-card/sz-center-card.ts',
    'src/center-map/sz-center-map.ts',
  ],
  outdir: 'dist',
  // The package.json field is set by hand: it points into dist/, which the build writes.
  packagejson: false,
  litelement: true,
  plugins: [publicApiOnly()],
};
