import { css } from 'lit';

export const centerCardStyles = css`
  /* The narrow layout below queries the card's own box, not the host: a page's reset on every
     element ("* { all: revert }") makes the host inline, and an inline box is no container. */
  [part~='base'] {
    container-type: inline-size;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em 1em;
  }
  [part~='name'] {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  [part~='badge'],
  [part~='chip'] {
    padding: 0 0.6em;
    border-radius: 1em;
    font-size: 0.875em;
  }
  [part~='badge'] {
    border: 1px solid;
    font-weight: 600;
  }
  [part~='open'] {
    color: light-dark(#116329, #56d364);
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
  .bone {
    margin-block: 0.5em;
  }
  .bone:first-child {
    inline-size: 60%;
    block-size: 1.4em;
  }
`;
