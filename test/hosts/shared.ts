// What all three host apps show, so one test body (host-app.ts) checks React, Vue and Angular alike.
import type { Center, NewsItem } from '../../src/data/types.js';

/** News the app already holds and hands to <sz-news-list> as the `items` property (no request). */
export const partnerNews: NewsItem[] = [
  {
    id: 'partner-1',
    title: 'Incubator opens its doors to Shenzhen start-ups',
    url: 'https://example.org/news/1',
    published: '2024-05-02T12:00:00.000Z',
    summary: 'Twelve teams move in this spring.',
    tags: [],
  },
  {
    id: 'partner-2',
    title: 'Embassy hosts a hardware meet-up',
    url: 'https://example.org/news/2',
    published: '2024-04-18T12:00:00.000Z',
    summary: 'Makers from both cities compare notes.',
    tags: [],
  },
];

/** Appended by the app's "Add an item" button: a new array through the framework's state. */
export const extraItem: NewsItem = {
  id: 'partner-3',
  title: 'Chamber of commerce publishes its annual report',
  url: 'https://example.org/news/3',
  published: '2024-03-01T12:00:00.000Z',
  summary: 'Trade between the two regions grew again.',
  tags: [],
};

/** The app's line under the map: the city it last heard of through `sz-select`. */
export function selectionText(center: Center | null | undefined): string {
  return center ? `Selected: ${center.city?.en ?? center.name.en}` : 'Nothing selected';
}
