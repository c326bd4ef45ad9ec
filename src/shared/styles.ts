import { css } from 'lit';

/**
 * Tokens and base rules every element shares. Public tokens are the `--sz-*` custom
 * properties; the `--_*` names are private shorthands with our defaults, declared on the base box
 * where no page rule reaches them. light-dark() picks the palette from `color-scheme`, which the
 * `theme` attribute sets (auto follows the visitor).
 */
export const baseStyles = css`
  :host {
    /* The element's own box is the page's to style (display, width, margin, hidden): normal
       declarations, which any page rule on the element beats. */
    display: block;
  }
  /* hidden always hides: against a page's display rule on the element, and against a reset that
     reverts every author style (in Chromium that includes the hidden attribute's own display). */
  :host([hidden]) {
    display: none !important;
  }
  /* Every element's outer box. Page rules cannot select it (only ::part), so this is where
     the page's inherited properties stop: all start from their initial values, except the
     documented few taken from the host (font family, visibility, pointer-events, language). */
  [part~='base'] {
    all: initial;
    --_fg: var(--sz-color-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--sz-color-muted, light-dark(#59636e, #9da7b3));
    --_bg: var(--sz-color-surface, light-dark(#fff, #0d1117));
    --_line: var(--sz-color-border, light-dark(#d1d9e0, #3d444d));
    --_accent: var(--sz-color-accent, light-dark(#0b5cad, #6cb6ff));
    --_skeleton: var(--sz-color-skeleton, light-dark(#e6e9ed, #262c36));
    --_radius: var(--sz-radius, 8px);
    --_gap: var(--sz-space, 1em);
    display: block;
    font-family: var(--sz-font-family, inherit);
    /* The size every em inside scales from: the visitor's default, never the page's html size.
       Here rather than on :host, where a page's "* { font-size: 30px !important }" would win. */
    font-size: var(--sz-font-size, medium);
    visibility: inherit;
    pointer-events: inherit;
    /* Chromium keeps the lang attribute's language (fonts for Chinese text, hyphenation) in this
       property, which all: initial would clear; the host's is the same language. */
    -webkit-locale: inherit;
    line-height: 1.5;
    color: var(--_fg);
    color-scheme: light;
    background: var(--_bg);
    border-radius: var(--_radius);
    padding: var(--_gap);
  }
  :host([theme='dark']) [part~='base'] {
    color-scheme: dark;
  }
  :host([theme='auto']) [part~='base'] {
    color-scheme: light dark;
  }
  /* Content that declares its own direction aligns to its own start: Firefox otherwise hands the
     widget's resolved side (right, in Hebrew) down to an English headline. */
  [dir] {
    text-align: start;
  }
  /* As specific as the base rule and after it, so that its all: initial keeps this too. */
  :host * {
    box-sizing: border-box;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  button {
    font: inherit;
    min-block-size: 2.5em;
    padding: 0.4em 1.1em;
    border: 1px solid;
    border-radius: var(--_radius);
    background: none;
    color: var(--_accent);
    cursor: pointer;
  }
  :focus-visible {
    outline: var(--sz-focus-ring, 2px solid var(--_accent));
    outline-offset: 2px;
  }
  [part~='status'] {
    margin: 0;
    color: var(--_muted);
  }
  .sr-only {
    position: absolute;
    clip-path: inset(50%);
    white-space: nowrap;
    inline-size: 1px;
    overflow: hidden;
  }
  .bone {
    display: block;
    block-size: 1em;
    border-radius: 4px;
    background: var(--_skeleton);
    animation: sz-pulse 1.4s infinite;
  }
  @keyframes sz-pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
`;
