// Shared by every copy of the package on the page (two bundles, two versions): one note in all.
const WARNED = Symbol.for('sz-widgets.define.warned');

/**
 * Registers a custom element unless the tag is taken. A partner page may load the package twice
 * (module + classic script, or two versions): the first definition wins and one console note
 * says so, instead of the DOMException that customElements.define would throw.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const flags = globalThis as unknown as Record<symbol, boolean>;
  if (!customElements.get(tag)) {
    customElements.define(tag, ctor);
  } else if (!flags[WARNED]) {
    flags[WARNED] = true;
    console.info(`sz-widgets: <${tag}> already defined (loaded twice?)`);
  }
}
