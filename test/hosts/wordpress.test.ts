// README "WordPress (Custom HTML block)": the snippet exactly as the README prints it, with the
// uploads folder pointed at this server's dist/, in a page of its own. (No WordPress here: this
// tries the HTML, not WordPress's handling of it.)
import { expect, waitUntil } from '@open-wc/testing';
import { upgradedParts } from '../shadow.js';

async function readmeSnippet(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const section = readme.slice(readme.indexOf('### WordPress'));
  const snippet = /```html\n([\s\S]*?)```/.exec(section)?.[1];
  if (!snippet) throw new Error('no html snippet under "### WordPress" in README.md');
  return snippet;
}

describe('README WordPress snippet', () => {
  it('shows the map, the linked card and the news, and the map drives the card', async () => {
    const snippet = await readmeSnippet();
    expect(snippet).to.contain('/wp-content/uploads/sz-widgets/sz-widgets.js');
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '900px';
    const body = snippet.replaceAll('/wp-content/uploads/sz-widgets/', '/dist/');
    frame.srcdoc = `<!doctype html><html lang="en"><body>${body}</body></html>`;
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('sz-center-card'), 'the page did not load');
      const doc = frame.contentDocument!;
      const map = doc.querySelector('sz-center-map')!;
      const card = doc.querySelector('sz-center-card')!;
      const list = doc.querySelector('sz-news-list')!;
      await waitUntil(() => upgradedParts(map, 'marker').length > 0, 'the map was not drawn', { timeout: 10000 });
      await waitUntil(
        () => upgradedParts(card, 'name')[0]?.textContent?.includes('Tel Aviv'),
        'the card did not render',
        { timeout: 8000 },
      );
      await waitUntil(() => upgradedParts(list, 'item').length > 0, 'the news did not render', { timeout: 8000 });
      expect(upgradedParts(list, 'item').length).to.be.at.most(3);
      // `for="sz-card"`: choosing London in the map's list shows it in the card, without script.
      upgradedParts(map, 'list-item')
        .find((b) => b.textContent?.includes('London'))!
        .click();
      await waitUntil(
        () => upgradedParts(card, 'name')[0]?.textContent?.includes('London'),
        'the card did not follow the map',
      );
    } finally {
      frame.remove();
    }
  });
});
