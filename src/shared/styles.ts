import { css } from 'lit';

// The dark palette, used by theme="dark" and by theme="auto" when the visitor prefers dark.
const dark = css`
  --_fg: var(--sz-color-text, #e6edf3);
  --_muted: var(--sz-color-muted, #9da7b3);
  --_bg: var(--sz-color-surface, #0d1117);
  --_line: var(--sz-color-border, #3d444d);
  --_accent: var(--sz-color-accent, #6cb6ff);
  --_skeleton: var(--sz-color-skeleton, #262c36);
  color-scheme: dark;
`;

/**
 * Tokens and base rules every element shares. Public tokens are the `--sz-*` custom
 * properties; the `--_*` names are private shorthands that fall back to our defaults.
 */
export const baseStyles = css`
  :host {
    --_fg: var(--sz-color-text, #1f2328);
    --_muted: var(--sz-color-muted, #59636e);
    --_bg: var(--sz-color-surface, #ffffff);
    --_line: var(--sz-color-border, #d1d9e0);
    --_accent: var(--sz-color-accent, #0b5cad);
    --_skeleton: var(--sz-color-skeleton, #e6e9ed);
    --_radius: var(--sz-radius, 8px);
    --_gap: var(--sz-space, 1rem);
    display: block;
    box-sizing: border-box;
    font-family: var(--sz-font-family, inherit);
    line-height: 1.5;
    color: var(--_fg);
    color-scheme: light;
    text-align: start;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
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
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
  }
  button:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
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
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .bone {
    display: block;
    block-size: 1em;
    border-radius: 4px;
    background: var(--_skeleton);
    animation: sz-pulse 1.4s ease-in-out infinite;
  }
  @keyframes sz-pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
`;
