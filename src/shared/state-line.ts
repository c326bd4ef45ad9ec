import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/en.js';
import type { DataController } from './data-controller.js';
import { formatDate } from './format.js';
import type { Locale } from './locale.js';
import { failureText } from './strings.js';

/**
 * The sentence every element says about its data: loading, empty, what failed, (an element's
 * own case, such as the card's "not found"), or that a saved copy may be out of date.
 */
export function stateMessage(data: DataController<unknown>, t: Strings, locale: Locale, loading: string, empty: string, instead?: string): string {
  const { status, error, savedAt } = data;
  return status === 'loading'
    ? loading
    : status === 'empty'
      ? empty
      : status === 'error'
        ? error?.crossOrigin
          ? t.failedCors
          : failureText(t, error?.code)
        : (instead ??
          (status === 'stale' ? t.stale(formatDate(new Date(savedAt ?? Date.now()).toISOString(), locale.tag, 'long')) : ''));
}

/** The live status line (spoken; on screen unless `quiet`) and, after a failure, the Retry button. */
export function stateLine(data: DataController<unknown>, t: Strings | undefined, message: string, quiet: boolean): TemplateResult {
  const { status, error } = data;
  return html`<div class="state">
    <p part="status" role="status" class=${quiet ? 'sr-only' : ''}>${message}</p>
    ${t && error && (status === 'error' || status === 'stale')
      ? html`<button part="retry-button" @click=${() => data.retry()}>${t.retry}</button>`
      : nothing}
  </div>`;
}
