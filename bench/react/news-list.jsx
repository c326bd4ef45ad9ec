// What a partner would write instead of <sz-news-list> with React 19: a list component that
// renders the same markup as the widget from an array of NewsItem objects (already parsed).
// Bundled by bench/lib/react-bundle.mjs (esbuild, minified, production). No fetching, parsing,
// states, languages or Show more: the minimal equivalent of the widget's loaded state.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long' });

function Item({ item }) {
  const date = item.published ?? item.updated;
  const when = date ? dateFormat.format(new Date(date)) : '';
  const title = <span part="title">{item.title}</span>;
  return (
    <li part="item">
      <div className="text">
        <h3 lang={item.lang} dir="auto">
          {item.url ? (
            <a part="link" href={item.url} target="_blank" rel="noopener noreferrer">
              {title}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          ) : (
            title
          )}
        </h3>
        {date ? (
          <time part="date" dateTime={date} title={when}>
            {when}
          </time>
        ) : null}
        {item.summary ? (
          <p part="summary" lang={item.lang} dir="auto">
            {item.summary}
          </p>
        ) : null}
      </div>
      {item.image ? (
        <img part="image" src={item.image} alt="" loading="lazy" decoding="async" referrerPolicy="no-referrer" />
      ) : null}
    </li>
  );
}

const HELD_ROWS = 30;

function Bones() {
  return (
    <li>
      <div className="text">
        <i className="bone title" />
        <i className="bone date" />
        <i className="bone summary" />
      </div>
      <i className="image" />
    </li>
  );
}

export function NewsList({ items, heading = 'News' }) {
  return (
    <section part="base" lang="en" dir="ltr" aria-busy="false">
      <h2 part="heading">{heading}</h2>
      <div className="silent">
        <p part="status" role="status" className="" />
      </div>
      {/* The widget keeps its skeleton, unseen, under the loaded list: one row per item, at most 30. */}
      <div className="rows">
        <ul part="" className="skeleton" aria-hidden="true">
          {items.slice(0, HELD_ROWS).map((item) => (
            <Bones key={item.id} />
          ))}
        </ul>
        <div>
          <ul part="list">
            {items.map((item) => (
              <Item key={item.id} item={item} />
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}

/** Renders synchronously (flushSync), so the caller can time it; returns the root (unmount()). */
export function mount(container, items) {
  const root = createRoot(container);
  flushSync(() => root.render(<NewsList items={items} />));
  return root;
}
