// HTML pages as news items, for `sz-widgets feed` (Node): an article page becomes one item
// (article.ts), a listing page gives the article links to follow (listing.ts). Both read the page
// in a jsdom document whose scripts never run and which fetches nothing (page.ts).
export { articleFromHtml, type ArticleDraft } from './article.js';
export { linksFromListing } from './listing.js';
