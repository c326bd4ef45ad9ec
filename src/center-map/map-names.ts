import type { Center } from '../data/types.js';
import type { MapStrings } from '../i18n/strings.js';
import { countryName } from '../shared/format.js';
import { pickLang } from '../shared/lang-map.js';

// What the map calls a centre. Its full name ("Shenzhen Overseas Innovation Centre – …") repeats
// the same words for every centre, so the map names the place.

/** The words a marker's name and a list entry are made of, in `tag`; '' for what the centre lacks. */
export function placeOf(
  center: Center,
  tag: string,
  text: MapStrings,
): { city: string; country: string; status: string } {
  return {
    city: center.city ? pickLang(center.city, tag)[0] : '',
    country: center.country ? countryName(center.country, tag) : '',
    status: center.status === 'open' ? text.open : text.planned,
  };
}

/** A marker's name, "Tel Aviv, Israel — open" (a centre without a location has no marker). */
export function markerName(center: Center, tag: string, text: MapStrings): string {
  const { city, country, status } = placeOf(center, tag, text);
  const where = [city, country].filter(Boolean).join(', ') || pickLang(center.name, tag)[0];
  return `${where} — ${status}`;
}

/** A group marker's name: "3 centres: Boston, London, Seattle — zoom in". */
export function clusterName(members: Center[], tag: string, text: MapStrings): string {
  const names = members.map((center) => pickLang(center.city ?? center.name, tag)[0]);
  return text.cluster(members.length, names.join(', '));
}
