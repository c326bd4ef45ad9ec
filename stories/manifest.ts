import type { ArgTypes } from '@storybook/web-components-vite';
import rawManifest from '../dist/custom-elements.json';
import { LANGUAGES } from '../src/i18n/languages.js';

/** The parts of custom-elements.json (schema 2.x) that the stories read. */
export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}
interface Entry {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string };
}
interface Declaration {
  tagName?: string;
  attributes?: (Entry & { fieldName?: string })[];
  members?: (Entry & { kind: string; attribute?: string })[];
  events?: Entry[];
  slots?: Entry[];
  cssParts?: Entry[];
  cssProperties?: Entry[];
}

type InputType = ArgTypes[string];

const manifest = rawManifest as unknown as Manifest;

export { LANGUAGES };

/** `'a' | 'b'` in the manifest's type text, or the `a` | `b` list its description spells out. */
function choices(attr: Entry): string[] | undefined {
  const type = attr.type?.text ?? '';
  if (/^\s*'[^']*'(\s*\|\s*'[^']*')+\s*$/.test(type)) return type.match(/'[^']*'/g)?.map((q) => q.slice(1, -1));
  const listed = attr.description?.match(/^`[^`]+`(\s*\([^)]*\))?(\s*\|\s*`[^`]+`(\s*\([^)]*\))?)+/);
  return listed ? [...listed[0].matchAll(/`([^`]+)`/g)].map((m) => m[1]) : undefined;
}

// Written out as objects: extracted argTypes skip the normalisation that turns `'text'` into
// `{ type: 'text' }`, and the Controls panel reads only the object form.
function control(attr: Entry): Partial<InputType> {
  const options = attr.name === 'lang' ? LANGUAGES : choices(attr);
  const type = attr.type?.text ?? '';
  if (options) return { control: { type: 'select' }, options };
  if (/^boolean\b/.test(type)) return { control: { type: 'boolean' } };
  if (/^number\b/.test(type)) return { control: { type: 'number' } };
  return { control: { type: 'text' } };
}

/** One row of the docs table; `category` groups the rows as the manifest does. */
function row(entry: Entry, category: string, extra: Partial<InputType> = {}): InputType {
  return {
    name: entry.name,
    description: entry.description,
    control: false,
    ...extra,
    table: {
      category,
      ...(entry.type ? { type: { summary: entry.type.text } } : {}),
      ...(entry.default !== undefined ? { defaultValue: { summary: entry.default } } : {}),
    },
  };
}

/**
 * Storybook's argTypes for an element, all from the manifest (set as `docs.extractArgTypes` in
 * .storybook/preview.ts). The framework's own reader keys every row by its bare name, so the
 * news list's `heading` attribute and its `heading` part collide, and it offers a control for
 * each part and custom property; here only attributes get controls, one each and named as the
 * attribute (the stories bind args to attributes by that name). Properties that mirror an
 * attribute under a camelCase name are left to the attribute's row; property-only ones
 * (`items`, `centers`) are listed without a control. Events become actions (`onSzLoad`, …).
 */
export function argTypesFromManifest(tagName: string): ArgTypes | null {
  const d = manifest.modules.flatMap((m) => m.declarations ?? []).find((decl) => decl.tagName === tagName);
  if (!d) return null;
  const argTypes: ArgTypes = {};
  const attributes = d.attributes ?? [];
  for (const attr of attributes) argTypes[attr.name] = row(attr, 'attributes', control(attr));
  for (const m of d.members ?? []) {
    const mirrored = m.attribute || attributes.some((a) => a.fieldName === m.name);
    // The manifest holds only the public API: no private or static members to skip.
    if (m.kind === 'field' && !mirrored) argTypes[m.name] = row(m, 'properties');
  }
  for (const e of d.events ?? []) {
    const action = `on${e.name.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase())}`;
    argTypes[`event ${e.name}`] = row(e, 'events');
    argTypes[action] = { name: action, action: e.name, table: { disable: true } };
  }
  for (const s of d.slots ?? []) argTypes[`slot ${s.name}`] = row(s, 'slots');
  for (const p of d.cssParts ?? []) argTypes[`part ${p.name}`] = row(p, 'css shadow parts');
  for (const p of d.cssProperties ?? []) argTypes[`css ${p.name}`] = row(p, 'css custom properties');
  return argTypes;
}
