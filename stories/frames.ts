import { html } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';

/**
 * Stages a story in a container of a fixed width (the partner's column), so the narrow and
 * wide stories look the same in the canvas, the docs page and the story test whatever the
 * window. A decorator, so "Show code" keeps to the element itself.
 */
export const inColumn =
  (px: number): Decorator =>
  (story) =>
    html`<div style="inline-size: ${px}px">${story()}</div>`;
