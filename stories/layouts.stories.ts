import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { centerCard, centerMap, newsList } from './render.js';

// The places a partner's page puts a widget: content-sized boxes (a float, a centred column, an
// auto-width column, a table cell, a flex row), a narrow column and a dark page. Each widget has
// a width of its own there and stays inside (test/layout/host-fit.test.ts checks the same).
const meta = {
  title: 'Layouts',
} satisfies Meta;
export default meta;
type Story = StoryObj;

const card = () => centerCard({ center: 'tel-aviv', layout: 'compact' });
const text = html`<p style="margin: 0">Text of the partner's page beside the widget, as a theme would set it.</p>`;
const page = (content: TemplateResult) =>
  html`<div style="max-inline-size: 900px; font: 17px/1.6 Georgia, serif; color: #1d2a35">${content}</div>`;

/** WordPress's "alignright": a float as wide as its content. */
export const Float: Story = {
  name: 'Float (alignright)',
  render: () =>
    page(
      html`<div style="float: inline-end; margin-inline-start: 1em; max-inline-size: 100%">${card()}</div>${text}${text}`,
    ),
};

export const CentredColumn: Story = {
  name: 'Centred flex column',
  render: () =>
    page(
      html`<div style="display: flex; flex-direction: column; align-items: center; gap: 1em">${card()}${centerMap({})}</div>`,
    ),
};

/** Bootstrap's `.col-auto` beside a `.col`. */
export const AutoColumn: Story = {
  name: 'Auto-width column (.col-auto)',
  render: () =>
    page(
      html`<div style="display: flex; flex-wrap: wrap; gap: 1em"><div style="flex: 0 0 auto; max-inline-size: 100%">${card()}</div><div style="flex: 1 0 0%">${text}</div></div>`,
    ),
};

export const TableCell: Story = {
  name: 'Table cell',
  render: () => page(html`<table style="inline-size: 100%"><tr><td>${card()}</td><td>${text}</td></tr></table>`),
};

export const FlexRow: Story = {
  name: 'Flex row',
  render: () =>
    page(html`<div style="display: flex; gap: 1em">${newsList({ limit: 2, 'hide-images': true })}${card()}</div>`),
};

/** The narrowest column the widgets are made for. */
export const Narrow: Story = {
  name: '280 px column',
  render: () => html`<div style="inline-size: 280px">${newsList({ limit: 2 })}${card()}${centerMap({})}</div>`,
};

/** No surface of their own: the widgets take a dark page's text colour; accents stay readable. */
export const DarkPage: Story = {
  name: 'Dark page',
  render: () =>
    html`<div style="background: #121212; color: #e8e8e8; color-scheme: dark; padding: 1em">${newsList({ limit: 2 })}${centerCard({ center: 'boston' })}${centerMap({})}</div>`,
};

/** The boxed look on request, on a tinted page. */
export const Boxed: Story = {
  name: 'Boxed look (variant="card")',
  render: () =>
    html`<div style="background: #f3efe6; padding: 1em; display: grid; gap: 1em">${newsList({ limit: 2, variant: 'card' })}${centerCard({ center: 'boston', variant: 'card' })}</div>`,
};
