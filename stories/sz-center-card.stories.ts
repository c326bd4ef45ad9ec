import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import shippedCentres from '../datasets/centres.geojson?raw';
import { inColumn } from './frames.js';
import { requestsNeverAnswer, storedCopy } from './network.js';
import { centerCard, type CardArgs } from './render.js';

// See sz-news-list.stories.ts for the fixture URLs and the `state-*` tags.
const meta = {
  title: 'Elements/sz-center-card',
  component: 'sz-center-card',
  args: { center: 'tel-aviv' },
  render: (args) => centerCard(args),
} satisfies Meta<CardArgs>;
export default meta;
type Story = StoryObj<CardArgs>;

/** No `src`: the centres dataset shipped with the package. */
export const Default: Story = { name: 'Default (shipped data)' };

export const Full: Story = { args: { layout: 'full', center: 'san-francisco' } };
export const Compact: Story = { args: { layout: 'compact' } };
/** A planned centre (no opening date yet), heading level 2 for a page whose card is a section. */
export const Planned: Story = { args: { center: 'germany', 'heading-level': 2 } };

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
  args: { src: 'fixtures/card/does-not-exist.geojson' },
};

/** An id that is not in the dataset: says so, lists nothing, and warns with the ids there are. */
export const NotFound: Story = { name: 'Not found', tags: ['state-not-found'], args: { center: 'atlantis' } };

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

export const Chinese: Story = { name: 'zh-Hans', args: { lang: 'zh-Hans' } };
export const Hebrew: Story = { name: 'he (right to left)', args: { lang: 'he' } };
export const French: Story = { name: 'fr', args: { lang: 'fr', center: 'france' } };
export const German: Story = { name: 'de', args: { lang: 'de', center: 'germany' } };

export const Dark: Story = { args: { theme: 'dark' } };

/** The host site's look, from its own stylesheet: `--sz-*` custom properties and `::part()`. */
export const HostTheme: Story = {
  name: 'Host theme (--sz-* and ::part)',
  render: (args) => html`<style>
      .partner-site sz-center-card {
        --sz-font-family: Georgia, 'Times New Roman', serif;
        --sz-color-text: #2b1d0e;
        --sz-color-muted: #5c4a36;
        --sz-color-surface: #fbf6ee;
        --sz-color-accent: #8a1538;
        --sz-color-skeleton: #eadfcf;
        --sz-radius: 0;
      }
      .partner-site sz-center-card::part(base) {
        border-inline-start: 6px solid #8a1538;
      }
      .partner-site sz-center-card::part(badge) {
        text-transform: uppercase;
        letter-spacing: 0.08em;
      }
    </style>
    <div class="partner-site">${centerCard(args)}</div>`,
};

export const Narrow: Story = { name: 'Narrow (320 px)', decorators: [inColumn(320)] };
export const Wide: Story = { name: 'Wide (1200 px)', decorators: [inColumn(1200)] };
