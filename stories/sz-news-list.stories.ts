import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import shippedNews from '../datasets/news.json?raw';
import { inColumn } from './frames.js';
import { requestsNeverAnswer, storedCopy } from './network.js';
import { newsList, type NewsArgs } from './render.js';

// Fixture URLs are relative to the Storybook page: staticDirs serves test/fixtures/ as fixtures/.
// The tags `state-*` name the state each story must end in; scripts/test-stories.mjs checks it.
const meta = {
  title: 'Elements/sz-news-list',
  component: 'sz-news-list',
  render: newsList,
} satisfies Meta<NewsArgs>;
export default meta;
type Story = StoryObj<NewsArgs>;

/** No `src`: the feed shipped with the package, found beside the script as on a partner site. */
export const Default: Story = { name: 'Default (shipped data)' };

export const List: Story = { args: { layout: 'list' } };
export const Cards: Story = { args: { layout: 'cards' } };
export const Compact: Story = { args: { layout: 'compact' } };

/** A custom heading, relative dates, no summaries. */
export const Options: Story = { args: { heading: 'From Shenzhen', 'date-style': 'relative', 'hide-summary': true } };

/** An RSS 2.0 feed, three items at a time with "Show more" (images hidden: the fixture's are placeholders). */
export const RssShowMore: Story = {
  name: 'RSS 2.0, Show more',
  args: { src: 'fixtures/news/seven.rss.xml', limit: 3, 'hide-images': true },
};

/**
 * A request that never answers (a service worker holds it open, see stories/network.ts): the
 * skeleton and "Loading news…" for screen readers. The long timeout keeps it there.
 */
export const Loading: Story = {
  tags: ['state-loading'],
  args: { src: 'fixtures/never-answers/news.json', timeout: 600 },
  beforeEach: requestsNeverAnswer,
};

export const Empty: Story = { tags: ['state-empty'], args: { src: 'fixtures/news/empty.json' } };

/** The feed URL answers 404: a short sentence, Retry, and one console warning with the detail. */
export const Error404: Story = {
  name: 'Error (404)',
  tags: ['state-error'],
  args: { src: 'fixtures/news/does-not-exist.json' },
};

/** The URL answers, but with an HTML page instead of a feed. */
export const ErrorNotAFeed: Story = {
  name: 'Error (not a feed)',
  tags: ['state-error'],
  args: { src: 'fixtures/news/error.html' },
};

/**
 * A returning visitor: the element's stored copy from an earlier visit (seeded with the package's
 * own store), and the feed now fails. The copy stays, marked as possibly out of date, with Retry.
 */
export const Stale: Story = {
  tags: ['state-stale'],
  args: { src: 'fixtures/news/moved-away.json' },
  beforeEach: () =>
    storedCopy('fixtures/news/moved-away.json', shippedNews, 'application/feed+json', new Date('2025-01-15T12:00:00Z')),
};

export const Chinese: Story = { name: 'zh-Hans', args: { lang: 'zh-Hans' } };
export const Hebrew: Story = { name: 'he (right to left)', args: { lang: 'he' } };
export const French: Story = { name: 'fr', args: { lang: 'fr' } };
export const German: Story = { name: 'de', args: { lang: 'de' } };

export const Dark: Story = { args: { theme: 'dark', layout: 'cards' } };

/** The host site's look, from its own stylesheet: `--sz-*` custom properties and `::part()`. */
export const HostTheme: Story = {
  name: 'Host theme (--sz-* and ::part)',
  args: { layout: 'cards', limit: 3 },
  render: (args) => html`<style>
      .partner-site sz-news-list {
        --sz-font-family: Georgia, 'Times New Roman', serif;
        --sz-color-text: #2b1d0e;
        --sz-color-muted: #5c4a36;
        --sz-color-surface: #fbf6ee;
        --sz-color-border: #d8c7ae;
        --sz-color-accent: #8a1538;
        --sz-radius: 0;
      }
      .partner-site sz-news-list::part(heading) {
        text-transform: uppercase;
        letter-spacing: 0.08em;
      }
      .partner-site sz-news-list::part(item) {
        border-block-start: 4px solid #8a1538;
      }
    </style>
    <div class="partner-site">${newsList(args)}</div>`,
};

export const Narrow: Story = { name: 'Narrow (320 px)', decorators: [inColumn(320)] };
export const Wide: Story = { name: 'Wide (1200 px)', args: { layout: 'cards' }, decorators: [inColumn(1200)] };
