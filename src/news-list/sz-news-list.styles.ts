import { css } from '../shared/styles.js';

export const newsListStyles = css`
  h2 {
    margin: 0 0 0.75em;
    font-size: 1.25em;
    line-height: 1.3;
  }
  ul,
  .rows {
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
    overflow-wrap: anywhere;
  }
  h3 {
    margin: 0;
    font-size: 1em;
    line-height: 1.35;
  }
  /* Two lines of title at most, three of summary: an item is never taller than a skeleton row.
     The title's link (or text) is the clamped box, so its focus ring is not clipped. */
  h3 > *,
  p {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  time {
    color: var(--_muted);
    font-size: 0.875em;
  }
  p {
    margin: 0;
    -webkit-line-clamp: 3;
  }
  img,
  .image {
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
  /* "Show more", after the list. */
  ul + button {
    margin-block-start: var(--_gap);
  }
  /* The skeleton and the list share one grid cell: the list area is the taller of the two. */
  .rows > * {
    grid-area: 1 / 1;
  }
  /* The skeleton's rows: two lines of title (h3: line height 1.35), a date line (time: 0.875em
     at line height 1.5), three lines of summary; then the room of the "Show more" button. Unseen
     once loaded. */
  .title {
    block-size: 2.7em;
    inline-size: 100%;
  }
  .date {
    block-size: 1.3125em;
  }
  .summary {
    block-size: 4.5em;
  }
  .skeleton {
    padding-block-end: calc(2.5em + var(--_gap));
  }
  /* Once loaded, the skeleton (its part emptied) only holds the room. */
  .skeleton[part=''] {
    visibility: hidden;
  }
  .skeleton[part=''] * {
    animation: none;
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
  :host([layout='cards']) :is(img, .image) {
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
