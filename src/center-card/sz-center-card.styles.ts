import { css } from '../shared/styles.js';

export const centerCardStyles = css`
  /* The narrow layout below queries this box, not the host (a page's "* { all: revert }" makes
     the host inline, and an inline box is no container), nor the card's own box: a container's
     content gives it no width, and a card in a float, a flex row or a table cell is as wide as
     its content. The heading gives the card its width there, this box at least 16em. */
  .body {
    container-type: inline-size;
    contain-intrinsic-inline-size: 16em;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em 1em;
  }
  [part~='name'],
  .heading {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  [part~='badge'],
  [part~='chip'],
  .pill {
    padding: 0 0.6em;
    border-radius: 1em;
    font-size: 0.875em;
  }
  [part~='badge'],
  .pill {
    border: 1px solid;
    font-weight: 600;
  }
  /* Green mixed with the text colour, as the accent is: readable on light and dark pages. */
  [part~='open'] {
    color: color-mix(in oklab, #1a7f37, currentColor);
  }
  [part~='chip'] {
    background: var(--_skeleton);
  }
  p,
  dl {
    margin: 0.75em 0;
    overflow-wrap: anywhere;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.35em 1em;
  }
  dt {
    color: var(--_muted);
  }
  dd,
  ul {
    margin: 0;
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    list-style: none;
    padding: 0;
  }
  /* Narrow cards (under 20em with the default padding) stack each label over its value. */
  @container (width < 18em) {
    dl {
      grid-template-columns: 1fr;
    }
  }
  /* The skeleton's lines hold a space: each is as tall as the line of text it stands for. */
  .bone {
    block-size: auto;
  }
  .heading {
    inline-size: 60%;
  }
  .pill {
    inline-size: 4.5em;
  }
  dt.bone {
    inline-size: 5em;
  }
`;
