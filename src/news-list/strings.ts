import { registerEnglish } from '../shared/strings.js';

registerEnglish('news', { heading: 'News', loading: 'Loading news…', empty: 'No news yet.', more: 'Show more' });
