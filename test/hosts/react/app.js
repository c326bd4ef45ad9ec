// React 19 host app. Plain createElement (no JSX), so the file needs no JSX step to lint or build;
// each call reads like the JSX in README "React 19".
import { createElement as h, useState } from 'react';
import { extraItem, partnerNews, selectionText } from '../shared.js';

export function App() {
  const [items, setItems] = useState(partnerNews);
  const [selected, setSelected] = useState(null);
  const [lang, setLang] = useState('en');
  const [layout, setLayout] = useState('list');

  return h(
    'main',
    null,
    h('button', { id: 'add-item', onClick: () => setItems([...items, extraItem]) }, 'Add an item'),
    h('button', { id: 'french', onClick: () => setLang('fr') }, 'Français'),
    h('button', { id: 'compact', onClick: () => setLayout('compact') }, 'Compact list'),
    // React 19 sets `items` as a property (the element has it), `lang` and `layout` likewise;
    // both reflect to attributes.
    h('sz-news-list', { items, lang, layout }),
    // React 19 turns an `on…` prop on a custom element into addEventListener('sz-select').
    h('sz-center-map', {
      'onsz-select': (event) => setSelected(event.detail.center),
      style: { display: 'block', width: '800px' },
    }),
    h('p', { id: 'selected' }, selectionText(selected)),
    // The centre object from the event goes in as the `center` property: no second request.
    h('sz-center-card', { center: selected ?? 'boston', lang }),
  );
}
