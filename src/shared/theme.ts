import { nothing } from 'lit';

/**
 * For `theme="auto"`: `normal` when the page declares no colour scheme (then the visitor's
 * setting decides, see styles.ts); the page's own scheme otherwise reaches in by inheritance.
 */
export const hostScheme = (host: HTMLElement & { theme?: string | null }): string | typeof nothing =>
  host.theme === 'auto' && getComputedStyle(host).colorScheme === 'normal' ? 'normal' : nothing;
