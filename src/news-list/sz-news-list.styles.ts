import { css } from 'lit';

export const newsListStyles = css`
  h2 {
    margin: 0 0 0.75em;
    font-size: 1.25em;
    line-height: 1.3;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  li {
    display: flex;
    gap: 0.75em 1em;
    align-items: start;
  }
  .text {
    flex: 1;
    min-inline-size: 0;
    display: grid;
    gap: 0.25em;
  }
  h3 {
    margin: 0;
    font-size: 1em;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }
  time {
    color: var(--_muted);
    font-size: 0.875em;
  }
  p {
    margin: 0;
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  img {
    flex: none;
    inline-size: 6em;
    aspect-ratio: 4/3;
    object-fit: cover;
    border-radius: 4px;
    background: var(--_skeleton);
  }
  .state {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    margin-block-end: var(--_gap);
  }
  /* Kept in the tree when silent (a live region must exist before it speaks), but takes no room. */
  .state.silent {
    margin: 0;
  }
  .more {
    margin-block-start: var(--_gap);
  }
  .bone:first-child {
    inline-size: 70%;
    block-size: 1.2em;
  }
  .bone:nth-child(2) {
    inline-size: 8em;
  }
  .bone:nth-child(4) {
    inline-size: 55%;
  }
  :host([layout='cards']) ul {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
  }
  :host([layout='cards']) li {
    flex-direction: column-reverse;
    justify-content: start;
    padding: 0.75em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }
  :host([layout='cards']) img {
    inline-size: 100%;
    aspect-ratio: 16/9;
  }
  :host([layout='compact']) .text {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0 1em;
  }
`;
