// Vue 3 host app with an in-browser template (the build of Vue that includes the compiler).
import { ref } from 'vue';
import { extraItem, partnerNews, selectionText } from '../shared.js';

export const App = {
  setup() {
    const items = ref(partnerNews);
    const selected = ref(null);
    const lang = ref('en');
    const layout = ref('list');
    return {
      items,
      selected,
      lang,
      layout,
      selectionText,
      addItem: () => (items.value = [...items.value, extraItem]),
      onSelect: (event) => (selected.value = event.detail.center),
    };
  },
  // Vue sets `:items` and `:center` as properties on a custom element that has them;
  // `@sz-select` is addEventListener('sz-select').
  template: `
    <main>
      <button id="add-item" @click="addItem">Add an item</button>
      <button id="french" @click="lang = 'fr'">Français</button>
      <button id="compact" @click="layout = 'compact'">Compact list</button>
      <sz-news-list :items="items" :lang="lang" :layout="layout"></sz-news-list>
      <sz-center-map style="display: block; width: 800px" @sz-select="onSelect"></sz-center-map>
      <p id="selected">{{ selectionText(selected) }}</p>
      <sz-center-card :center="selected ?? 'boston'" :lang="lang"></sz-center-card>
    </main>
  `,
};
