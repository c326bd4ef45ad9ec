import { css } from 'lit';

export const newsListStyles = css`
  [part~='heading'] {
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
    gap: 0.75rem 1rem;
    align-items: flex-start;
    min-inline-size: 0;
  }
  .text {
    flex: 1;
    min-inline-size: 0;
    display: grid;
    gap: 0.25rem;
  }
  .title {
    margin: 0;
    font-size: 1em;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }
  [part~='date'] {
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='summary'] {
    margin: 0;
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }
  [part~='image'] {
    flex: none;
    inline-size: 6rem;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_skeleton);
  }
  .state:has([part~='status']:empty) {
    /* Kept in the tree (a live region must exist before it speaks), but takes no room. */
    margin: 0;
  }
  .state {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin-block-end: var(--_gap);
  }
  [part~='more-button'] {
    margin-block-start: var(--_gap);
  }
  .title-bone {
    inline-size: 70%;
    block-size: 1.2em;
  }
  .date-bone {
    inline-size: 8em;
    block-size: 0.9em;
  }
  .short {
    inline-size: 55%;
  }
  :host([layout='cards']) ul {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
  }
  :host([layout='cards']) li {
    flex-direction: column-reverse;
    justify-content: flex-end;
    padding: 0.75rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }
  :host([layout='cards']) [part~='image'] {
    inline-size: 100%;
    aspect-ratio: 16 / 9;
  }
  :host([layout='compact']) ul {
    gap: 0.5rem;
  }
  :host([layout='compact']) .text {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0 1rem;
  }
`;
