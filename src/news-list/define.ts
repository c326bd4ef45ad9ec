import { define } from '../shared/define.js';
import { SzNewsList } from './sz-news-list.js';

export { SzNewsList };
define('sz-news-list', SzNewsList);
