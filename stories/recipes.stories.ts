import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { centerCard, centerMap, newsList } from './render.js';

// Pages with several widgets. Each URL is requested once however many widgets use it
// (scripts/test-stories.mjs counts the requests).
const meta = {
  title: 'Recipes',
} satisfies Meta;
export default meta;
type Story = StoryObj;

/**
 * Four widgets, two URLs: the two news lists share the feed, the map and the card share the
 * centres. The page makes one request for each.
 */
export const SharedSource: Story = {
  name: 'Several widgets, one src',
  render: () => html`${newsList({ src: 'data/news.json', layout: 'compact', limit: 3, heading: 'Headlines' })}
    ${newsList({ src: 'data/news.json', layout: 'cards', limit: 2, heading: 'In depth' })}
    ${centerMap({ src: 'data/centres.geojson', for: 'recipe-card', selected: 'toronto' })}
    ${centerCard({ src: 'data/centres.geojson', center: 'toronto' }, 'recipe-card')}`,
};
