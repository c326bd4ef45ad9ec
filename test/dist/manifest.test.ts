// dist/custom-elements.json against the running elements: every attribute, property, method,
// event, part and custom property the elements really have is in the manifest, and nothing in the
// manifest is made up. Editors, Storybook and the README's API tables all read the manifest.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { clearStoredCopies, faultUrl } from '../helpers.js';
import { part, upgradedParts } from '../shadow.js';
import { listItems, markers } from '../center-map/harness.js';

interface Described {
  name: string;
  description?: string;
}
interface Member extends Described {
  kind: 'field' | 'method';
  static?: boolean;
  privacy?: string;
}
interface Attribute extends Described {
  fieldName?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}
type LitClass = typeof LitElement & { elementProperties: Map<PropertyKey, { state?: boolean; attribute?: unknown }> };

const names = (list: Described[] | undefined) => new Set((list ?? []).map((d) => d.name));
const sorted = (set: Iterable<string>) => [...set].sort();
const centres = '/dist/data/centres.geojson';
const moduleUrl = '/dist/sz-widgets.js';

let manifest: Manifest;
const declaration = (tag: string): Declaration => {
  const found = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  if (!found) throw new Error(`<${tag}> is not in custom-elements.json`);
  return found;
};

/** Every `sz-*` event any element dispatches while the test runs, by tag. */
const fired = new Map<string, Set<string>>();
const originalDispatch = EventTarget.prototype.dispatchEvent;

/** Part names seen in an element's shadow root, across the states a test walks it through. */
function collectParts(el: Element, into: Set<string>): void {
  for (const node of el.shadowRoot!.querySelectorAll('[part]')) {
    for (const token of node.getAttribute('part')!.split(/\s+/)) if (token) into.add(token);
  }
}

function place(tag: string, attrs: Record<string, string>, style = ''): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.style.cssText = style;
  document.body.append(el);
  return el;
}

function settled(el: Element): Promise<unknown> {
  return waitUntil(() => el.shadowRoot && !part(el, 'skeleton'), `<${el.localName}> stayed loading`, {
    timeout: 10000,
  });
}

/** Names are in the manifest, or (for modifier part names like `open`) quoted in a part's description. */
function undocumented(seen: Set<string>, documented: Described[] | undefined): string[] {
  const text = (documented ?? []).map((d) => d.description ?? '').join(' ');
  const listed = names(documented);
  return sorted([...seen].filter((n) => !listed.has(n) && !text.includes('`' + n + '`')));
}

/** Parts while loading (skeleton), then once loaded. */
async function throughLoading(el: HTMLElement, parts: Set<string>): Promise<void> {
  await waitUntil(() => upgradedParts(el, 'skeleton').length > 0, 'no skeleton while loading');
  collectParts(el, parts);
  await settled(el);
  collectParts(el, parts);
}

/** Parts in the error state, after `src` answers with `status`. */
async function throughError(el: HTMLElement, status: number, parts: Set<string>): Promise<void> {
  el.setAttribute('src', `/__fault/serve?status=${status}&body=Unavailable&key=manifest-${el.localName}-${status}`);
  await oneEvent(el, 'sz-error');
  await waitUntil(() => part(el, 'retry-button'), 'no Retry button');
  collectParts(el, parts);
}

/** The parts seen across the states, and the events fired, are exactly the manifest's. */
function expectPartsAndEvents(tag: string, parts: Set<string>): void {
  const decl = declaration(tag);
  expect(undocumented(parts, decl.cssParts), 'parts in the page but not in the manifest').to.deep.equal([]);
  expect([...names(decl.cssParts)].filter((p) => !parts.has(p)), 'manifest parts never seen').to.deep.equal([]);
  expect(sorted(fired.get(tag) ?? []), 'events').to.deep.equal(sorted(names(decl.events)));
}

describe('custom-elements.json matches the running elements', () => {
  before(async () => {
    const res = await fetch('/dist/custom-elements.json');
    if (!res.ok) throw new Error('dist/custom-elements.json is missing: run `npm run build` first (npm test does).');
    manifest = (await res.json()) as Manifest;
    await import(/* @vite-ignore */ moduleUrl);
    EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
      if (this instanceof HTMLElement && this.localName.startsWith('sz-') && event.type.startsWith('sz-')) {
        const set = fired.get(this.localName) ?? new Set<string>();
        set.add(event.type);
        fired.set(this.localName, set);
      }
      return originalDispatch.call(this, event);
    };
  });
  after(() => {
    EventTarget.prototype.dispatchEvent = originalDispatch;
    document.querySelectorAll('sz-news-list, sz-center-card, sz-center-map').forEach((el) => el.remove());
  });
  beforeEach(clearStoredCopies);

  for (const tag of ['sz-news-list', 'sz-center-card', 'sz-center-map']) {
    it(`<${tag}>: attributes, properties and methods`, () => {
      const decl = declaration(tag);
      const ctor = customElements.get(tag) as LitClass;
      // Reactive properties that are public: not Lit's internal `state` ones.
      const reactive = [...ctor.elementProperties].filter(([, o]) => !o.state).map(([k]) => String(k));
      const observed = new Set((ctor as unknown as { observedAttributes: string[] }).observedAttributes);
      const attrs = names(decl.attributes);
      // `lang` is the global HTML attribute: the elements read it (and their ancestors'), not observe it.
      expect(sorted(attrs), 'manifest attributes').to.deep.equal(sorted([...observed, 'lang']));
      // Every member the manifest lists must be public: a private or static one failing here means
      // the manifest leaks internals.
      const members = decl.members ?? [];
      for (const m of members) {
        expect([m.static, m.privacy ?? 'public'], `${tag} member ${m.name}`).to.deep.equal([undefined, 'public']);
      }
      const fields = members.filter((m) => m.kind === 'field').map((m) => m.name);
      expect(sorted(fields), 'manifest properties').to.deep.equal(sorted(reactive));
      const el = document.createElement(tag) as unknown as Record<string, unknown>;
      for (const m of members.filter((x) => x.kind === 'method')) {
        expect(typeof el[m.name], `${tag}.${m.name}()`).to.equal('function');
      }
      for (const a of decl.attributes ?? []) {
        if (a.fieldName) expect(a.fieldName in el, `${tag}.${a.fieldName}`).to.equal(true);
        expect(a.description, `${tag} [${a.name}] has a description`).to.be.a('string').and.not.equal('');
      }
    });

    it(`<${tag}>: CSS custom properties`, () => {
      const decl = declaration(tag);
      const ctor = customElements.get(tag) as LitClass;
      const css = ctor.elementStyles.map((s) => ('cssText' in s ? s.cssText : '')).join('\n');
      // The shared tokens are aliased (`--_line: var(--sz-color-border, …)`): a public property
      // counts only when the element's rules really use it, directly or through its alias.
      const aliases = new Map<string, string>();
      const direct = css.replace(/(--_[\w-]+)\s*:\s*var\(\s*(--sz-[\w-]+)[^;]*;/g, (_, alias: string, prop: string) => {
        aliases.set(alias, prop);
        return '';
      });
      const used = new Set([...direct.matchAll(/var\(\s*(--sz-[\w-]+)/g)].map((m) => m[1]!));
      for (const [alias, prop] of aliases) if (new RegExp(`var\\(\\s*${alias}\\b`).test(direct)) used.add(prop);
      expect(sorted(names(decl.cssProperties)), 'manifest custom properties').to.deep.equal(sorted(used));
    });
  }

  it('<sz-news-list>: parts and events across loading, loaded, more, and error', async () => {
    const parts = new Set<string>();
    const slow = faultUrl({ path: 'feeds/rss2.xml', delay: 1500, type: 'application/rss+xml' });
    const el = place('sz-news-list', { src: slow.url, limit: '1' });
    await throughLoading(el, parts);
    await throughError(el, 404, parts);
    expectPartsAndEvents('sz-news-list', parts);
  });

  it('<sz-center-card>: parts and events across loading, loaded, not found, and error', async () => {
    const parts = new Set<string>();
    const slow = faultUrl({ path: 'datasets/centres.geojson', delay: 1500, type: 'application/geo+json' });
    const el = place('sz-center-card', { src: slow.url, center: 'tel-aviv' });
    await throughLoading(el, parts);
    el.setAttribute('center', 'germany');
    await waitUntil(() => part(el, 'planned'), 'planned badge');
    collectParts(el, parts);
    await throughError(el, 500, parts);
    expectPartsAndEvents('sz-center-card', parts);
  });

  it('<sz-center-map>: parts and events across loading, drawn, zoomed, selected, and error', async () => {
    const parts = new Set<string>();
    // Narrow enough for close centres to form a group, so the zoom controls exist.
    const el = place(
      'sz-center-map',
      { src: centres, 'show-list': '', 'show-planned': '', 'show-origin': '' },
      'width: 280px',
    );
    await waitUntil(() => markers(el).length > 0, 'map not drawn', { timeout: 10000 });
    collectParts(el, parts);
    const group = markers(el).find((m) => m.getAttribute('part')!.includes('cluster'));
    expect(group, 'a group at 280 px').to.not.equal(undefined);
    group!.click();
    await waitUntil(() => part(el, 'reset-button'));
    collectParts(el, parts);
    listItems(el)[0]!.click();
    await waitUntil(() => part(el, 'selected'));
    collectParts(el, parts);
    await throughError(el, 404, parts);
    expectPartsAndEvents('sz-center-map', parts);
  });
});
