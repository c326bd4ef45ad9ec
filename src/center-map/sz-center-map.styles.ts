import { css } from '../shared/styles.js';

export const centerMapStyles = css`
  .map {
    position: relative;
    /* The markers' z-index (a raised marker and its label) stays inside the map: a page's sticky
       header or menu is not painted over. */
    isolation: isolate;
    aspect-ratio: 1 / 0.55;
    min-block-size: 8em;
  }
  .map > .bone {
    block-size: 100%;
  }
  svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
  }
  /* Mixed from the text colour, like the accent: a quiet map on light and dark pages alike. */
  [part~='land'] {
    fill: var(--sz-map-land, color-mix(in srgb, currentColor 16%, transparent));
  }
  [part~='land'] .planned {
    fill: var(--sz-map-planned, color-mix(in srgb, #e8853d 45%, transparent));
  }
  [part~='borders'] {
    fill: none;
    stroke: var(--sz-map-border, color-mix(in srgb, currentColor 30%, transparent));
    stroke-width: 0.5;
    /* Half a pixel at any zoom: the viewBox scales the outlines, not the line. */
    vector-effect: non-scaling-stroke;
  }
  [part~='links'] {
    fill: none;
    stroke: var(--sz-map-link, color-mix(in srgb, var(--_accent) 55%, transparent));
    stroke-width: 1.25;
    vector-effect: non-scaling-stroke;
  }
  .markers {
    position: absolute;
    inset: 0;
  }
  /* Shenzhen: a small diamond, not a button (nothing to select there). */
  [part~='origin'] {
    position: absolute;
    inline-size: 10px;
    block-size: 10px;
    translate: -50% -50%;
    rotate: 45deg;
    background: var(--sz-color-accent, #1d4ed8);
    outline: 2px solid #fff;
  }
  /* A city's name beside its marker, after it in the text's direction; the element moves it before
     the marker (.before) or hides it (.hidden) where it would cover a marker, a name or the edge. */
  .place {
    position: absolute;
    translate: 16px -50%;
    font-size: 0.75em;
    line-height: 1.2;
    white-space: nowrap;
    color: var(--_fg);
    pointer-events: none;
  }
  .place[dir='rtl'],
  .place.before {
    translate: calc(-100% - 16px) -50%;
  }
  .place[dir='rtl'].before {
    translate: 16px -50%;
  }
  /* Gone, not only unseen: a long name left in place would widen the page. */
  .place.hidden {
    display: none;
  }
  [part~='marker'] {
    /* Not the mixed accent: a marker is a dark disc in a white ring with a white number, readable
       on light and dark maps alike. */
    --_mark: var(--sz-color-accent, #1d4ed8);
    position: absolute;
    translate: -50% -50%;
    inline-size: 28px;
    block-size: 28px;
    min-block-size: 0;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: radial-gradient(circle, var(--_mark) 0 6px, #fff 6.5px 8px, transparent 8.5px);
    color: #fff;
    font-size: 0.75em;
    font-weight: 700;
  }
  [part~='cluster'] {
    background: radial-gradient(circle, var(--_mark) 0 11px, #fff 11.5px 13px, transparent 13.5px);
  }
  [part~='selected'] {
    background: radial-gradient(circle, #fff 0 3px, var(--_mark) 3.5px 9px, #fff 9.5px 11px, transparent 11.5px);
  }
  /* A marker's label, shown while its marker is hovered, focused by keyboard or tapped (the
     element sets .open), and placed by the element inside the map's box: --_tip-x and --_tip-y,
     relative to the marker. Physical left/top on purpose: they are coordinates on the map, which
     is never mirrored; the text inside follows the language (dir on the label). */
  .tip {
    display: none;
    position: absolute;
    left: var(--_tip-x, 0);
    top: var(--_tip-y, 0);
    inline-size: max-content;
    max-inline-size: var(--_tip-max, 20em);
    padding: 0.2em 0.5em;
    border-radius: 4px;
    /* Colours of its own, not the text and surface tokens: the surface may be transparent (the
       page's), and the label must stay readable over the map whatever the page's colours are. */
    background: light-dark(#1f2328, #e6edf3);
    color: light-dark(#fff, #0d1117);
    font-weight: 400;
    line-height: 1.4;
    text-align: start;
    white-space: normal;
    overflow-wrap: anywhere;
    /* Taps and the pointer go through to the markers it may cover. */
    pointer-events: none;
  }
  .open .tip {
    display: block;
    animation: sz-tip-in 0.12s ease-out;
  }
  @keyframes sz-tip-in {
    from {
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .open .tip {
      animation: none;
    }
  }
  /* Markers are stacking contexts (translate): the raised one carries its label above the others. */
  [part~='marker']:focus-visible {
    z-index: 2;
  }
  [part~='marker'].open {
    z-index: 3;
  }
  [part~='reset-button'] {
    margin-block-start: 0.5em;
  }
  .state,
  .silent {
    margin-block-start: 0.5em;
  }
  /* Compact on a phone: as many columns as fit the list's own width (two in a 375 px column,
     wherever that column sits on the page; one below about 19.5em), so ten centres take five short
     rows, not ten full-width buttons. DOM order is reading and Tab order; a right-to-left
     language starts the rows on the right. */
  [part~='list'] {
    list-style: none;
    margin: 0.75em 0 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 9.5em), 1fr));
    gap: 0.375em;
  }
  [part~='list'].sr-only {
    margin: 0;
  }
  [part~='list-item'] {
    --_pad: 0.6em;
    inline-size: 100%;
    block-size: 100%;
    /* Above WCAG 2.2's 24 px target at any font size, smaller than a lone button's 2.5em. */
    min-block-size: max(24px, 2em);
    padding: 0.3em var(--_pad);
    line-height: 1.3;
    text-align: start;
    /* A long name in any language wraps inside its column rather than widening it. */
    overflow-wrap: anywhere;
    border-color: var(--_line);
    color: var(--_fg);
  }
  [part~='list-item'][aria-pressed='true'] {
    border-color: var(--_accent);
    /* A bar on the start side (the right in Hebrew and Arabic), the text kept where it was. */
    border-inline-start-width: 0.25em;
    padding-inline-start: calc(var(--_pad) - 0.25em + 1px);
  }
  .where {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
