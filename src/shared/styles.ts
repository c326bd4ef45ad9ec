import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The elements' style sheets: static text written in this repository, never data. Lit's own `css`
 * tag exists to vet interpolated values; these sheets have none, and without the tag its checks
 * (and their messages) stay out of every first download.
 */
export const css = (sheet: TemplateStringsArray): CSSResult => unsafeCSS(sheet[0]);

/**
 * Tokens and base rules every element shares. Public tokens are the `--sz-*` custom
 * properties; the `--_*` names are private shorthands with our defaults, declared on the base box
 * where no page rule reaches them. By default they follow the page's text colour; with a `theme`,
 * light-dark() picks the palette from `color-scheme`, which the theme sets.
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
     documented few taken from the host (font family and size, text colour, visibility,
     pointer-events, language). */
  [part~='base'] {
    all: initial;
    /* The default look belongs to the page: its text colour, no surface, no padding. Muted text,
       lines and accents are mixed from that colour, so they keep AA contrast on light and dark
       pages alike (the page's own text is assumed to). */
    --_fg: var(--sz-color-text, currentColor);
    --_bg: var(--sz-color-surface, transparent);
    --_muted: var(--sz-color-muted, color-mix(in srgb, currentColor 80%, transparent));
    --_line: var(--sz-color-border, color-mix(in srgb, currentColor 25%, transparent));
    --_accent: var(--sz-color-accent, color-mix(in oklab, #2563eb, currentColor));
    --_skeleton: var(--sz-color-skeleton, color-mix(in srgb, currentColor 12%, transparent));
    --_radius: var(--sz-radius, 8px);
    --_gap: var(--sz-space, 1em);
    display: block;
    font-family: var(--sz-font-family, inherit);
    /* The host's size (ems from the element, never rem: a page's html size does not reach in
       unless its body passes it on). */
    font-size: var(--sz-font-size, 1em);
    visibility: inherit;
    pointer-events: inherit;
    /* Chromium keeps the lang attribute's language (fonts for Chinese text, hyphenation) in this
       property, which all: initial would clear; the host's is the same language. */
    -webkit-locale: inherit;
    line-height: 1.5;
    color: var(--_fg);
    background: var(--_bg);
    border-radius: var(--_radius);
    padding: 0;
  }
  /* The boxed look, on request (variant="card", light unless a theme says otherwise), or with a
     theme (light, dark, auto), whose palette brings its own surface (dark text on a dark page would not read).
     Muted text, lines and accents follow the theme's text colour as they follow the page's. */
  :host([variant='card']) [part~='base'],
  :host([theme]) [part~='base'] {
    --_fg: var(--sz-color-text, light-dark(#1f2328, #e6edf3));
    --_bg: var(--sz-color-surface, light-dark(#fff, #0d1117));
    padding: var(--_gap);
    color-scheme: light;
  }
  :host([theme='dark']) [part~='base'] {
    color-scheme: dark;
  }
  /* The page's colour scheme, inherited from the host: "light dark" follows the visitor's system
     as the page does, "dark" is dark; a page that declares none is drawn light, and so is this. */
  :host([theme='auto']) [part~='base'] {
    color-scheme: inherit;
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
  /* Out of sight, and out of the page's height too (a tall hidden list would lengthen the page). */
  .sr-only {
    position: absolute;
    clip-path: inset(50%);
    white-space: nowrap;
    inline-size: 1px;
    block-size: 1px;
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
