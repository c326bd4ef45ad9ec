import { expect } from '@open-wc/testing';
import { define } from '../../src/shared/define.js';

describe('define()', () => {
  it('registers a tag once and notes, once, any further attempt instead of throwing', () => {
    const notes: unknown[] = [];
    const original = console.info;
    console.info = (...args: unknown[]) => void notes.push(args.join(' '));
    try {
      class A extends HTMLElement {}
      class B extends HTMLElement {}
      define('sz-test-define', A);
      expect(() => define('sz-test-define', B)).not.to.throw();
      expect(() => define('sz-test-define', B)).not.to.throw();
      expect(customElements.get('sz-test-define')).to.equal(A);
      expect(notes).to.have.length(1);
      expect(String(notes[0])).to.contain('<sz-test-define> already defined');
    } finally {
      console.info = original;
    }
  });
});
