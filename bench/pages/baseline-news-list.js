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
  const h3 = text.appendChild(el('h3', own));
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

const HELD_ROWS = 30;

/** One skeleton row: the bones of a title, a date, a summary and an image. */
function bones() {
  const li = el('li');
  const text = li.appendChild(el('div', { class: 'text' }));
  for (const bone of ['title', 'date', 'summary']) text.append(el('i', { class: `bone ${bone}` }));
  li.append(el('i', { class: 'image' }));
  return li;
}

/** Fills `host` (a detached element) with a shadow root holding the list of `items`. */
export function renderBaseline(host, items, sheets) {
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  const section = el('section', { part: 'base', lang: 'en', dir: 'ltr', 'aria-busy': 'false' });
  section.append(el('h2', { part: 'heading' }, 'News'));
  section.appendChild(el('div', { class: 'silent' })).append(el('p', { part: 'status', role: 'status', class: '' }));
  // The widget keeps its skeleton, unseen, under the loaded list (one row per item shown, at most
  // 30): the room it held while loading, so a feed that fills the list moves nothing.
  const rows = section.appendChild(el('div', { class: 'rows' }));
  const skeleton = rows.appendChild(el('ul', { part: '', class: 'skeleton', 'aria-hidden': 'true' }));
  for (let i = 0; i < Math.min(items.length, HELD_ROWS); i++) skeleton.append(bones());
  const ul = rows.appendChild(el('div')).appendChild(el('ul', { part: 'list' }));
  for (const it of items) ul.append(item(it));
  root.append(section);
  return root;
}
