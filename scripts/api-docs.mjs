#!/usr/bin/env node
// Writes each element's API tables in README.md from dist/custom-elements.json (made by
// `npm run manifest` from the elements' JSDoc), between the `<!-- api:<tag> -->` and
// `<!-- /api:<tag> -->` markers. `--check` only compares, and fails when the README is behind the
// code: `npm test` runs it, so a new attribute cannot ship undocumented.
import { readFileSync, writeFileSync } from 'node:fs';

const README = new URL('../README.md', import.meta.url);
const MANIFEST = new URL('../dist/custom-elements.json', import.meta.url);
const check = process.argv.includes('--check');

const cell = (text = '') =>
  String(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
const code = (text) => '`' + text + '`';

/** `'list' | 'cards' | null` → `list` \| `cards`: the values a webmaster can write. */
function values(type) {
  const parts = (type?.text ?? '')
    .split('|')
    .map((t) => t.trim())
    .filter((t) => t && t !== 'null' && t !== 'undefined');
  return parts.map((t) => (/^'.*'$/.test(t) ? code(t.slice(1, -1)) : t)).join(' | ');
}

/** Literal values in code spans (`8px`, `#fff` / `#0d1117`); prose defaults stay prose. */
function literal(text) {
  const simple = /^[\w.#%-]+$/;
  const sides = text.split(' / ');
  return sides.every((t) => simple.test(t)) ? sides.map(code).join(' / ') : text;
}

function defaultOf(attr) {
  if (attr.default === undefined) return attr.type?.text === 'boolean' ? 'off' : '—';
  return literal(attr.default);
}

function table(head, rows) {
  if (!rows.length) return [];
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    '',
  ];
}

function section(title, lines, intro) {
  if (!lines.length) return [];
  return [`### ${title}`, '', ...(intro ? [intro, ''] : []), ...lines];
}

function render(decl) {
  const attrs = decl.attributes ?? [];
  // The manifest holds only the public API (custom-elements-manifest.config.mjs drops the rest).
  const members = decl.members ?? [];
  const propsOnly = members.filter((m) => m.kind === 'field' && !m.attribute);
  const methods = members.filter((m) => m.kind === 'method');
  const signature = (m) =>
    `${m.name}(${(m.parameters ?? []).map((p) => `${p.name}: ${p.type?.text ?? 'unknown'}`).join(', ')})`;
  return [
    ...section(
      'Attributes',
      table(
        ['attribute', 'property', 'values', 'default', 'what it does'],
        attrs.map((a) => [
          code(a.name),
          a.fieldName ? code(a.fieldName) : code(a.name),
          values(a.type),
          defaultOf(a),
          a.description,
        ]),
      ),
    ),
    ...section(
      'Properties',
      table(
        ['property', 'type', 'what it does'],
        propsOnly.map((m) => [code(m.name), code(m.type?.text ?? 'unknown'), m.description]),
      ),
      'Besides the attributes above (each is also the property named beside it):',
    ),
    ...section(
      'Methods',
      table(
        ['method', 'what it does'],
        methods.map((m) => [code(signature(m)), m.description]),
      ),
    ),
    ...section(
      'Events',
      table(
        ['event', 'what happened'],
        (decl.events ?? []).map((e) => [code(e.name), e.description]),
      ),
      'All bubble and cross shadow roots (`composed`).',
    ),
    ...section(
      'CSS parts',
      table(
        ['part', 'element'],
        (decl.cssParts ?? []).map((p) => [code(p.name), p.description]),
      ),
      'Style the inside from your stylesheet with `::part()`.',
    ),
    ...section(
      'CSS custom properties',
      table(
        ['property', 'default (light / dark)', 'what it sets'],
        (decl.cssProperties ?? []).map((p) => [code(p.name), p.default ? literal(p.default) : '—', p.description]),
      ),
    ),
  ].join('\n');
}

const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const original = readFileSync(README, 'utf8');
let readme = original;
for (const mod of manifest.modules) {
  for (const decl of mod.declarations ?? []) {
    if (!decl.tagName) continue;
    const start = `<!-- api:${decl.tagName} -->`;
    const end = `<!-- /api:${decl.tagName} -->`;
    const from = readme.indexOf(start);
    const to = readme.indexOf(end);
    if (from < 0 || to < from) {
      console.error(`README.md has no ${start} … ${end} block for <${decl.tagName}>.`);
      process.exit(1);
    }
    const note = '<!-- Generated from custom-elements.json by `npm run docs`: edit the JSDoc, not this. -->';
    readme = readme.slice(0, from) + `${start}\n${note}\n\n${render(decl)}\n${end}` + readme.slice(to + end.length);
  }
}

if (check) {
  if (readme !== original) {
    console.error('README.md API tables are out of date with the elements: run `npm run docs` and commit README.md.');
    process.exit(1);
  }
  console.log('README.md API tables match custom-elements.json.');
} else if (readme !== original) {
  writeFileSync(README, readme);
  console.log('README.md API tables updated.');
}
