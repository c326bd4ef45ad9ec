// Two copies on one page: the module bundle and an element's own entry (another copy of the
// code and of Lit, as with two versions of the package). No exception, one console note, and
// the widgets work.
import { expect, waitUntil } from '@open-wc/testing';
import { upgradedParts } from '../shadow.js';
import { createCenterCard } from '../center-card/harness.js';
import { createNewsList } from '../news-list/harness.js';

describe('two copies of sz-widgets on one page', () => {
  it('notes the second copy once and keeps working', async () => {
    const notes: string[] = [];
    const errors: unknown[] = [];
    const info = console.info;
    const onError = (e: ErrorEvent) => errors.push(e.message);
    console.info = (...args: unknown[]) => void notes.push(args.join(' '));
    window.addEventListener('error', onError);
    try {
      // Through a variable: these are built files, not sources for the type-checker to find.
      for (const file of ['/dist/sz-widgets.js', '/dist/sz-news-list.js', '/dist/sz-center-card.js']) {
        await import(/* @vite-ignore */ file);
      }
      expect(errors).to.deep.equal([]);
      expect(notes.filter((n) => n.includes('already defined'))).to.have.length(1);
    } finally {
      console.info = info;
      window.removeEventListener('error', onError);
    }
    const list = createNewsList();
    const card = createCenterCard({}, { center: 'tel-aviv' });
    document.body.append(list, card);
    const working = () => upgradedParts(list, 'item').length > 0 && upgradedParts(card, 'name').length > 0;
    await waitUntil(working, 'widgets not working', { timeout: 8000 });
    list.remove();
    card.remove();
  });
});
