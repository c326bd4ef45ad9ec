import { html, type TemplateResult } from 'lit';
import type { Center } from '../data/types.js';
import type { MapStrings } from '../i18n/strings.js';
import { countryName } from '../shared/format.js';
import { pickLang } from '../shared/lang-map.js';

// What the map calls a centre. Its full name ("Shenzhen Overseas Innovation Centre – …") repeats
// the same words for every centre, so the map names the place.

/** A marker's name, "Tel Aviv, Israel — open" (a centre without a location has no marker). */
export function markerName(center: Center, tag: string, text: MapStrings): string {
  const city = center.city ? pickLang(center.city, tag)[0] : '';
  const country = center.country ? countryName(center.country, tag) : '';
  const where = [city, country].filter(Boolean).join(', ') || pickLang(center.name, tag)[0];
  return `${where} — ${center.status === 'open' ? text.open : text.planned}`;
}

/** A group marker's name: "3 centres: Boston, London, Seattle — zoom in". */
export function clusterName(members: Center[], tag: string, text: MapStrings): string {
  const names = members.map((center) => pickLang(center.city ?? center.name, tag)[0]);
  return text.cluster(members.length, names.join(', '));
}

/**
 * A list item: the place as its visible name ("Tel Aviv", "Evelyn (location not identified)", or
 * "France — planned" for a country with a centre planned and no name yet), then the country and
 * status under it. Read together they make the marker's name: "Tel Aviv, Israel — open".
 */
export function listEntry(center: Center, tag: string, text: MapStrings): TemplateResult {
  const status = center.status === 'open' ? text.open : text.planned;
  const country = center.country ? countryName(center.country, tag) : '';
  const city = center.city ? pickLang(center.city, tag)[0] : '';
  // Spaces live inside the strings: the build's HTML minifier drops whitespace at a template's edges.
  if (!city && country) return html`<span class="name">${`${country} — ${status}`}</span>`;
  // Neither city nor country: only a centre whose location is unresolved; its name is all there is.
  const where = city || pickLang(center.name, tag)[0];
  const name = center.locationUnresolved ? `${where} (${text.unresolved})` : where;
  const [separator, rest] = country ? [', ', `${country} — ${status}`] : [' — ', status];
  // The separator is for the accessible name only; on screen the rest is a line of its own.
  return html`<span class="name">${name}</span><span class="sr-only">${separator}</span><span class="where">${rest}</span>`;
}
