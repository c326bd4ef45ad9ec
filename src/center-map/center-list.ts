import { html, type TemplateResult } from 'lit';
import type { Center } from '../data/types.js';
import type { MapStrings } from '../i18n/strings.js';
import { pickLang } from '../shared/lang-map.js';
import { placeOf } from './map-names.js';

// The map's list of centres: always in the accessibility tree (the markers' alternative); on
// screen, and in the tab order, with show-list.

export interface CenterListOptions {
  centers: Center[];
  tag: string;
  text: MapStrings;
  /** On screen, with show-list. */
  shown: boolean;
  selected: string | null;
  onSelect: (id: string) => void;
}

export function renderCenterList({ centers, tag, text, shown, selected, onSelect }: CenterListOptions): TemplateResult {
  return html`<ul part="list" aria-label=${text.list} class=${shown ? '' : 'sr-only'}>
    ${centers.map(
      (center) => html`<li>
        <button
          part="list-item"
          tabindex=${shown ? 0 : -1}
          aria-pressed=${center.id === selected ? 'true' : 'false'}
          @click=${() => onSelect(center.id)}
        >${listEntry(center, tag, text)}</button>
      </li>`,
    )}
  </ul>`;
}

/**
 * A list item: the place as its visible name ("Tel Aviv", "Evelyn (location not identified)", or
 * "France — planned" for a country with a centre planned and no name yet), then the country and
 * status under it. Read together they make the marker's name: "Tel Aviv, Israel — open".
 */
function listEntry(center: Center, tag: string, text: MapStrings): TemplateResult {
  const { city, country, status } = placeOf(center, tag, text);
  // Spaces live inside the strings: the build's HTML minifier drops whitespace at a template's edges.
  if (!city && country) return html`<span class="name">${`${country} — ${status}`}</span>`;
  // Neither city nor country: only a centre whose location is unresolved; its name is all there is.
  const where = city || pickLang(center.name, tag)[0];
  const name = center.locationUnresolved ? `${where} (${text.unresolved})` : where;
  const [separator, rest] = country ? [', ', `${country} — ${status}`] : [' — ', status];
  // The separator is for the accessible name only; on screen the rest is a line of its own.
  return html`<span class="name">${name}</span><span class="sr-only">${separator}</span><span class="where">${rest}</span>`;
}
