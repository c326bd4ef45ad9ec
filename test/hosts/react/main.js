// Entry of the React host app, as a partner's React 19 app would start.
/* global document */
import 'sz-widgets';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';

createRoot(document.getElementById('app')).render(createElement(App));
