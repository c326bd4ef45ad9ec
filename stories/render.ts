import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
// The elements come from source, so Vite builds them with the stories (no dist/ needed).
import '../src/index.js';

// Args are named as the attributes, one control each. Events arrive as actions (the manifest's
// @fires entries become `onSzLoad`, `onSzError`, `onSzSelect` args) and show in the Actions panel.
type Theme = 'light' | 'dark' | 'auto';
type Variant = 'card';
type Listener = (event: Event) => void;
interface Shared {
  src?: string;
  lang?: string;
  theme?: Theme;
  variant?: Variant;
  timeout?: number;
  onSzLoad?: Listener;
  onSzError?: Listener;
}

export interface NewsArgs extends Shared {
  limit?: number;
  layout?: 'list' | 'cards' | 'compact';
  heading?: string;
  'hide-summary'?: boolean;
  'hide-images'?: boolean;
  'hide-dates'?: boolean;
  'date-style'?: 'long' | 'short' | 'relative';
  refresh?: number;
  'link-target'?: string;
}

export interface CardArgs extends Shared {
  center?: string;
  layout?: 'full' | 'compact';
  'heading-level'?: number;
}

export interface MapArgs extends Shared {
  selected?: string;
  for?: string;
  view?: 'data' | 'world';
  projection?: 'equal-earth' | 'natural-earth' | 'mercator';
  'show-list'?: boolean;
  'show-planned'?: boolean;
  onSzSelect?: Listener;
}

// Unset args leave their attribute out (ifDefined), false booleans too (?attr), so the markup —
// and "Show code" — carries exactly the attributes a story sets.
export const newsList = (a: NewsArgs): TemplateResult =>
  html`<sz-news-list src=${ifDefined(a.src)} lang=${ifDefined(a.lang)} theme=${ifDefined(a.theme)} variant=${ifDefined(a.variant)} limit=${ifDefined(a.limit)} layout=${ifDefined(a.layout)} heading=${ifDefined(a.heading)} ?hide-summary=${a['hide-summary']} ?hide-images=${a['hide-images']} ?hide-dates=${a['hide-dates']} date-style=${ifDefined(a['date-style'])} refresh=${ifDefined(a.refresh)} link-target=${ifDefined(a['link-target'])} timeout=${ifDefined(a.timeout)} @sz-load=${a.onSzLoad} @sz-error=${a.onSzError}></sz-news-list>`;

export const centerCard = (a: CardArgs, id?: string): TemplateResult =>
  html`<sz-center-card id=${ifDefined(id)} src=${ifDefined(a.src)} center=${ifDefined(a.center)} layout=${ifDefined(a.layout)} heading-level=${ifDefined(a['heading-level'])} lang=${ifDefined(a.lang)} theme=${ifDefined(a.theme)} variant=${ifDefined(a.variant)} timeout=${ifDefined(a.timeout)} @sz-load=${a.onSzLoad} @sz-error=${a.onSzError}></sz-center-card>`;

export const centerMap = (a: MapArgs): TemplateResult =>
  html`<sz-center-map src=${ifDefined(a.src)} selected=${ifDefined(a.selected)} for=${ifDefined(a.for)} view=${ifDefined(a.view)} projection=${ifDefined(a.projection)} ?show-list=${a['show-list']} ?show-planned=${a['show-planned']} lang=${ifDefined(a.lang)} theme=${ifDefined(a.theme)} variant=${ifDefined(a.variant)} timeout=${ifDefined(a.timeout)} @sz-select=${a.onSzSelect} @sz-load=${a.onSzLoad} @sz-error=${a.onSzError}></sz-center-map>`;
