// <sz-center-card> as a test sees it, in one place: putting one on the page, waiting for a state,
// reading what it shows. Public behaviour only (attributes, properties, parts, events); the tag
// is not defined here: each test file loads the build it tests (src/ or dist/).
import { fixture, waitUntil } from '@open-wc/testing';
import type { SzCenterCard } from '../../src/center-card/sz-center-card.js';
import type { Center } from '../../src/data/types.js';
import { $, $$, part, partSelector, squashed } from '../shadow.js';

export type CenterCardAttribute =
  'src' | 'center' | 'layout' | 'heading-level' | 'lang' | 'theme' | 'timeout' | 'refresh' | 'variant' | 'id' | 'style';
/** Attributes as written in HTML. */
export type CenterCardAttributes = Partial<Record<CenterCardAttribute, string>>;
export type CenterCardProperties = Partial<Pick<SzCenterCard, 'src' | 'center' | 'layout' | 'theme'>>;

/** A new <sz-center-card>, not yet on the page: attributes first, then properties, in the order given. */
export function createCenterCard(
  attributes: CenterCardAttributes = {},
  properties: CenterCardProperties = {},
): SzCenterCard {
  const el = document.createElement('sz-center-card');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return Object.assign(el, properties);
}

/** A <sz-center-card> on the page (removed after the test), once its first update is done. */
export function centerCardFixture(attributes: CenterCardAttributes = {}, properties: CenterCardProperties = {}) {
  return fixture<SzCenterCard>(createCenterCard(attributes, properties));
}

/** A planned centre in Haifa, for the `center` property: English names, one in Chinese too. */
export const givenCentre: Center = {
  id: 'given',
  name: { en: 'Given centre', 'zh-Hans': '给定中心' },
  city: { en: 'Haifa' },
  country: 'IL',
  status: 'planned',
  founders: [],
  partners: [{ en: 'Partner A' }, { en: 'Partner B' }],
  focus: [{ en: 'Robots' }],
  source: 'https://example.test/source',
};

/** The text of the first element matching `selector`, as it reads (white space collapsed); '' if none. */
export const text = (el: Element, selector: string) => squashed($(el, selector)?.textContent);
/** The centre's name, as it reads. */
export const nameText = (el: Element) => text(el, partSelector('name'));
/** The status badge ("Status: Open"), as a screen reader reads it. */
export const badgeText = (el: Element) => text(el, partSelector('badge'));
/** The status line (not found, empty, error, waiting for a choice); '' when there is none. */
export const statusText = (el: Element) => text(el, partSelector('status'));

/** The description list as label → value pairs, the way a screen reader walks it. */
export function facts(el: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dt of $$(el, 'dt')) {
    out[dt.textContent!.trim()] = (dt.nextElementSibling as HTMLElement).textContent!.replace(/\s+/g, ' ').trim();
  }
  return out;
}

/** Waits until a centre is shown (its name), 8 s at most unless told. */
export async function shown(el: Element, { message = 'no centre shown', timeout = 8000 } = {}): Promise<void> {
  await waitUntil(() => part(el, 'name'), message, { timeout });
}

/** Waits until the status line reads `sentence` (1 s at most). */
export async function waitForStatus(el: Element, sentence: string, message: string): Promise<void> {
  await waitUntil(() => statusText(el) === sentence, message);
}
