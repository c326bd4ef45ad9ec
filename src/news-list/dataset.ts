// The news feed shipped with the package, found beside the script that was loaded (see
// shared/datasets.ts). Its own module, so a bundle with only the news list carries only its URL.
export const newsDatasetUrl = new URL('../../datasets/news.json', import.meta.url).href;
