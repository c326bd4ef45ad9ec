/* global document */
// The hand-written DOM baseline: the markup <sz-news-list> renders in its loaded state (layout
// "list", English), built with createElement / setAttribute / textContent from the same parsed
// items, in a shadow root with the widget's own stylesheets — so style and layout cost the same.
const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long' });

function el(tag, attrs, text) {
  const node = document.createElement(tag);
  for (const name in attrs) node.setAttribute(name, attrs[name]);
  if (text !== undefined) node.textContent = text;
  return node;
}

function item(it) {
  const li = el('li', { part: 'item' });
  const text = li.appendChild(el('div', { class: 'text' }));
  // Title and summary carry the item's own language and read in their own direction.
  const own = it.lang ? { lang: it.lang, dir: 'auto' } : { dir: 'auto' };
  const h3 = text.appendChild(el('h3', { class: 'title', ...own }));
  const title = el('span', { part: 'title' }, it.title);
  if (it.url) {
    const a = h3.appendChild(el('a', { part: 'link', href: it.url, target: '_blank', rel: 'noopener noreferrer' }));
    a.append(title, el('span', { class: 'sr-only' }, ' (opens in a new tab)'));
  } else {
    h3.append(title);
  }
  const date = it.published ?? it.updated;
  if (date) {
    const when = dateFormat.format(new Date(date));
    text.append(el('time', { part: 'date', datetime: date, title: when }, when));
  }
  if (it.summary) text.append(el('p', { part: 'summary', ...own }, it.summary));
  if (it.image)
    li.append(
      el('img', {
        part: 'image',
        src: it.image,
        alt: '',
        loading: 'lazy',
        decoding: 'async',
        referrerpolicy: 'no-referrer',
      }),
    );
  return li;
}

/** Fills `host` (a detached element) with a shadow root holding the list of `items`. */
export function renderBaseline(host, items, sheets) {
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  const section = el('section', { part: 'base', lang: 'en', dir: 'ltr', 'aria-busy': 'false' });
  section.append(el('h2', { part: 'heading' }, 'News'));
  section
    .appendChild(el('div', { class: 'state silent' }))
    .append(el('p', { part: 'status', role: 'status', class: '' }));
  const ul = section.appendChild(el('ul', { part: 'list' }));
  for (const it of items) ul.append(item(it));
  root.append(section);
  return root;
}
