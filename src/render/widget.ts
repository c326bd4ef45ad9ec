// One widget rendered on the server by Lit's own renderer, into the markup of a declarative shadow
// root: the element's styles and what it shows once its data is there. The element classes are the
// browser's own (safe to import in Node: they touch no DOM at module load or in constructors).
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { SzCenterCard } from '../center-card/sz-center-card.js';
import { SzCenterMap } from '../center-map/sz-center-map.js';
import { SzNewsList } from '../news-list/sz-news-list.js';
import { serverData } from '../shared/data-controller.js';
import { define } from '../shared/define.js';

define('sz-news-list', SzNewsList);
define('sz-center-card', SzCenterCard);
define('sz-center-map', SzCenterMap);

/** The elements the renderer knows, and so looks for in a page. */
export const WIDGETS = ['sz-news-list', 'sz-center-card', 'sz-center-map'] as const;
export type WidgetName = (typeof WIDGETS)[number];

export interface WidgetInput {
  name: WidgetName;
  /** The element's attributes as written, with `lang` added when it only inherits one. */
  attributes: [string, string][];
  /** The parsed data the element shows: a Feed for the news list, the centres for the card and the map. */
  data: unknown;
  /** For the map: its drawing code and outlines, which in the browser it loads itself. */
  map?: { geo: unknown; outlines: unknown };
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

// The renderer's markers for hydration: the widgets replace the server's nodes rather than
// hydrate them (see SzElement.update), so the markers would only weigh the page.
const LIT_MARKERS = /<!--\/?lit-(?:part|node)\b[^>]*-->/g;

/**
 * Where the map's markers and names go: in the browser the map sets each one's position through the
 * CSSOM (a style attribute is what a strict CSP blocks); prerendered, no script runs, so a style
 * sheet places them, one rule per value of their `data-x` and `data-y` (numbers the map wrote).
 */
function positions(markup: string): string {
  const rules = new Set<string>();
  for (const [, axis, value] of markup.matchAll(/ data-([xy])="(-?[\d.]+)"/g)) {
    rules.add(`[data-${axis}="${value}"]{${axis === 'x' ? 'left' : 'top'}:${value}%}`);
  }
  return rules.size ? `<style>${[...rules].join('')}</style>` : '';
}

/** `<template shadowrootmode="open">…</template>`: the widget's shadow root as markup. */
export function renderWidget({ name, attributes, data, map }: WidgetInput): string {
  const tag = unsafeStatic(name);
  const attrs = unsafeStatic(attributes.map(([key, value]) => `${key}="${escapeAttribute(value)}"`).join(' '));
  serverData.value = data;
  let markup: string;
  try {
    // A static template (lit/static-html.js): the tag and attributes are unsafeStatic values.
    /* eslint-disable lit/binding-positions, lit/no-invalid-html */
    markup = collectResultSync(
      render(
        map
          ? html`<${tag} ${attrs} .geo=${map.geo} .outlines=${map.outlines}></${tag}>`
          : html`<${tag} ${attrs}></${tag}>`,
      ),
    );
    /* eslint-enable lit/binding-positions, lit/no-invalid-html */
  } finally {
    serverData.value = undefined;
  }
  const start = markup.indexOf('<template');
  const end = markup.lastIndexOf('</template>');
  const inner = markup.slice(markup.indexOf('>', start) + 1, end).replace(LIT_MARKERS, '');
  return `<template shadowrootmode="open">${inner}${positions(inner)}</template>`;
}
