import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import shippedCentres from '../datasets/centres.geojson?raw';
import { inColumn } from './frames.js';
import { requestsNeverAnswer, storedCopy } from './network.js';
import { centerCard, centerMap, type MapArgs } from './render.js';

// See sz-news-list.stories.ts for the fixture URLs and the `state-*` tags.
const meta = {
  title: 'Elements/sz-center-map',
  component: 'sz-center-map',
  render: centerMap,
} satisfies Meta<MapArgs>;
export default meta;
type Story = StoryObj<MapArgs>;

/** No `src`: the centres dataset shipped with the package; the view fits the centres. */
export const Default: Story = { name: 'Default (shipped data)' };

/** The list of centres on screen too (it is always there for screen readers), one selected. */
export const WithList: Story = { name: 'With list, selected', args: { 'show-list': true, selected: 'tel-aviv' } };
/** The whole world, countries of planned centres shaded. */
export const WorldPlanned: Story = {
  name: 'World view, planned shaded',
  args: { view: 'world', 'show-planned': true },
};
export const Mercator: Story = { args: { projection: 'mercator' } };

/** The map wired to a card with `for`: selecting a marker shows that centre in the card, no script. */
export const LinkedToCard: Story = {
  name: 'Linked to a card (for)',
  args: { for: 'centre-card', selected: 'london' },
  render: (args) => html`${centerMap(args)}
    ${centerCard({ center: 'london', lang: args.lang, theme: args.theme }, 'centre-card')}`,
};

/** A request that never answers (see stories/network.ts); the long timeout keeps it loading. */
export const Loading: Story = {
  tags: ['state-loading'],
  args: { src: 'fixtures/never-answers/centres.geojson', timeout: 600 },
  beforeEach: requestsNeverAnswer,
};

export const Empty: Story = { tags: ['state-empty'], args: { src: 'fixtures/card/empty.geojson' } };

export const Error404: Story = {
  name: 'Error (404)',
  tags: ['state-error'],
  args: { src: 'fixtures/centres/does-not-exist.geojson' },
};

/** The stored copy from an earlier visit, and the dataset now fails: shown, marked out of date. */
export const Stale: Story = {
  tags: ['state-stale'],
  args: { src: 'fixtures/centres/moved-away.geojson' },
  beforeEach: () =>
    storedCopy(
      'fixtures/centres/moved-away.geojson',
      shippedCentres,
      'application/geo+json',
      new Date('2025-01-15T12:00:00Z'),
    ),
};

export const Chinese: Story = { name: 'zh-Hans', args: { lang: 'zh-Hans', 'show-list': true } };
export const Hebrew: Story = { name: 'he (right to left)', args: { lang: 'he', 'show-list': true } };
export const French: Story = { name: 'fr', args: { lang: 'fr', 'show-list': true } };
export const German: Story = { name: 'de', args: { lang: 'de', 'show-list': true } };

export const Dark: Story = { args: { theme: 'dark', 'show-planned': true } };

/** The host site's look, from its own stylesheet: `--sz-*` and `--sz-map-*` custom properties and `::part()`. */
export const HostTheme: Story = {
  name: 'Host theme (--sz-* and ::part)',
  args: { 'show-planned': true },
  render: (args) => html`<style>
      .partner-site sz-center-map {
        --sz-font-family: Georgia, 'Times New Roman', serif;
        --sz-color-text: #2b1d0e;
        --sz-color-surface: #e8f1f5;
        --sz-color-accent: #8a1538;
        --sz-map-land: #fbf6ee;
        --sz-map-border: #c9b79c;
        --sz-map-planned: #ead9c0;
        --sz-radius: 0;
      }
      .partner-site sz-center-map::part(map) {
        border: 1px solid #c9b79c;
      }
    </style>
    <div class="partner-site">${centerMap(args)}</div>`,
};

/** At 320 px close markers merge into numbered clusters; select one to zoom in. */
export const Narrow: Story = { name: 'Narrow (320 px)', decorators: [inColumn(320)] };
export const Wide: Story = { name: 'Wide (1200 px)', decorators: [inColumn(1200)] };
/** The list on a phone: two columns where they fit (here 375 px), one at 280 px; rows start on the right in Hebrew. */
export const PhoneList: Story = {
  name: 'With list, phone (375 px)',
  args: { 'show-list': true, selected: 'tel-aviv' },
  decorators: [inColumn(375)],
};
export const PhoneListHebrew: Story = {
  name: 'With list, phone (375 px), he',
  args: { lang: 'he', 'show-list': true, selected: 'tel-aviv' },
  decorators: [inColumn(375)],
};
export const NarrowestList: Story = {
  name: 'With list, 280 px',
  args: { 'show-list': true },
  decorators: [inColumn(280)],
};
