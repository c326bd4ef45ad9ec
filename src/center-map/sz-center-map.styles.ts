import { css } from 'lit';

export const centerMapStyles = css`
  .map {
    position: relative;
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
  [part~='land'] {
    fill: var(--sz-map-land, light-dark(#d5dbe1, #2d333b));
  }
  [part~='land'] .planned {
    fill: var(--sz-map-planned, light-dark(#f2c6a0, #6e4b2e));
  }
  [part~='borders'] {
    fill: none;
    stroke: var(--sz-map-border, light-dark(#fff, #0d1117));
    stroke-width: 0.5;
  }
  .markers {
    position: absolute;
    inset: 0;
  }
  [part~='marker'] {
    position: absolute;
    translate: -50% -50%;
    inline-size: 28px;
    block-size: 28px;
    min-block-size: 0;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: radial-gradient(circle, var(--_accent) 0 6px, #fff 6.5px 8px, transparent 8.5px);
    color: #fff;
    font-size: 0.75em;
    font-weight: 700;
  }
  [part~='cluster'] {
    background: radial-gradient(circle, var(--_accent) 0 11px, #fff 11.5px 13px, transparent 13.5px);
  }
  [part~='selected'] {
    background: radial-gradient(circle, #fff 0 3px, var(--_accent) 3.5px 9px, #fff 9.5px 11px, transparent 11.5px);
  }
  .tip {
    display: none;
    position: absolute;
    inset-block-end: calc(100% + 4px);
    inset-inline-start: 50%;
    translate: -50% 0;
    padding: 0.2em 0.5em;
    border-radius: 4px;
    background: var(--_fg);
    color: var(--_bg);
    font-weight: 400;
    white-space: nowrap;
    pointer-events: none;
    z-index: 1;
  }
  [part~='marker']:hover .tip,
  [part~='marker']:focus-visible .tip {
    display: block;
  }
  [part~='marker']:hover,
  [part~='marker']:focus-visible {
    z-index: 2;
  }
  [part~='reset-button'] {
    margin-block-start: 0.5em;
  }
  .state {
    margin-block-start: 0.5em;
  }
  ul {
    list-style: none;
    margin: 0.75em 0 0;
    padding: 0;
    display: grid;
    gap: 0.25em;
  }
  [part~='list-item'] {
    inline-size: 100%;
    text-align: start;
    border-color: var(--_line);
    color: var(--_fg);
  }
  [part~='list-item'][aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0.25em 0 var(--_accent);
  }
  .where {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
