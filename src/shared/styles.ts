import { css } from 'lit';

/**
 * Tokens and base rules every element shares. Public tokens are the `--sz-*` custom
 * properties; the `--_*` names are private shorthands with our defaults. light-dark() picks the
 * palette from `color-scheme`, which the `theme` attribute sets (auto follows the visitor).
 */
export const baseStyles = css`
  :host {
    --_fg: var(--sz-color-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--sz-color-muted, light-dark(#59636e, #9da7b3));
    --_bg: var(--sz-color-surface, light-dark(#fff, #0d1117));
    --_line: var(--sz-color-border, light-dark(#d1d9e0, #3d444d));
    --_accent: var(--sz-color-accent, light-dark(#0b5cad, #6cb6ff));
    --_skeleton: var(--sz-color-skeleton, light-dark(#e6e9ed, #262c36));
    --_radius: var(--sz-radius, 8px);
    --_gap: var(--sz-space, 1rem);
    display: block;
    font-family: var(--sz-font-family, inherit);
    line-height: 1.5;
    color: var(--_fg);
    color-scheme: light;
    text-align: start;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  [part~='base'] {
    background: var(--_bg);
    border-radius: var(--_radius);
    padding: var(--_gap);
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  button {
    font: inherit;
    min-block-size: 2.5rem;
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
