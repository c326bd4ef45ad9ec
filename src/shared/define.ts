let warned = false;

/**
 * Registers a custom element unless the tag is taken. A partner page may load the bundle twice
 * (module + classic script, or two versions): the first definition wins and one console note
 * says so, instead of the DOMException that customElements.define would throw.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) {
    customElements.define(tag, ctor);
  } else if (!warned) {
    warned = true;
    console.info(`sz-widgets: <${tag}> already defined; this copy is not used (script loaded twice?)`);
  }
}
