import type { Center } from '../data/types.js';

// The last card id each map reported missing, so each mistake is reported once.
const reported = new WeakMap<Element, string>();

/**
 * The map's `for` wiring: hands `center` to the `<sz-center-card>` whose id is `cardId`, looked up
 * in the map's own tree (a shadow root, when the map is in one), else the document. A card already
 * showing that centre is left alone (no re-render); a missing card is reported once in the console.
 */
export function showInCard(map: Element, cardId: string, center: Center | undefined): void {
  const root = map.getRootNode() as Document | ShadowRoot;
  const found = root.getElementById?.(cardId) ?? document.getElementById(cardId);
  if (found?.localName !== 'sz-center-card') {
    if (reported.get(map) === cardId) return;
    reported.set(map, cardId);
    console.warn(`sz-widgets: <sz-center-map for="${cardId}">: no <sz-center-card id="${cardId}"> on this page.`);
    return;
  }
  const card = found as HTMLElementTagNameMap['sz-center-card'];
  if (center && card.center !== center) card.center = center;
}
