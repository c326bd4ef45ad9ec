import { css } from 'lit';

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
  }
  .markers {
    position: absolute;
    inset: 0;
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
  ul {
    list-style: none;
    margin: 0.75em 0 0;
    padding: 0;
    display: grid;
    gap: 0.25em;
  }
  [part~='list'].sr-only {
    margin: 0;
  }
  [part~='list-item'] {
    inline-size: 100%;
    text-align: start;
    border-color: var(--_line);
    color: var(--_fg);
  }
  [part~='list-item'][aria-pressed='true'] {
    border-color: var(--_accent);
    /* A bar on the start side (the right in Hebrew and Arabic), the text kept where it was. */
    border-inline-start-width: 0.25em;
    padding-inline-start: calc(1.1em - 0.25em + 1px);
  }
  .where {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
