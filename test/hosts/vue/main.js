// Entry of the Vue host app. The template is compiled in the browser, so Vue must be told
// which tags are custom elements (else it warns and tries to resolve them as components).
import 'sz-widgets';
import { createApp } from 'vue';
import { App } from './app.js';

const app = createApp(App);
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('sz-');
app.mount('#app');
