import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Marker } from './map-layout.js';

export interface MarkerState {
  label: string;
  selected: boolean;
  /** The marker with the group's one tab stop. */
  tabStop: boolean;
  /** Its label is open. */
  open: boolean;
  /** The direction of the label's text. */
  dir: 'ltr' | 'rtl';
}

/** What a marker does with the visitor's pointer, focus and clicks. */
export interface MarkerHandlers {
  focus(event: FocusEvent): void;
  blur(): void;
  /** The mouse entered (true) or left (false). */
  hover(entering: boolean): void;
  click(event: MouseEvent): void;
}

/** A marker: a button (pressed when it is the selected centre), its count for a group, its label. */
export function renderMarker(marker: Marker, state: MarkerState, on: MarkerHandlers): TemplateResult {
  const one = marker.members.length === 1;
  const { selected } = state;
  const mouse = (entering: boolean) => (e: PointerEvent) => e.pointerType === 'mouse' && on.hover(entering);
  // Positions go to the CSSOM after the render (see the map's updated()): a style attribute is an
  // inline style, which a strict CSP blocks.
  return html`<button
    part="marker${selected ? ' selected' : ''}${one ? '' : ' cluster'}"
    class=${state.open ? 'open' : ''}
    data-x=${marker.x.toFixed(3)}
    data-y=${marker.y.toFixed(3)}
    tabindex=${state.tabStop ? 0 : -1}
    aria-label=${state.label}
    aria-pressed=${ifDefined(one ? (selected ? 'true' : 'false') : undefined)}
    data-id=${marker.id}
    @focus=${on.focus}
    @blur=${on.blur}
    @pointerenter=${mouse(true)}
    @pointerleave=${mouse(false)}
    @click=${on.click}
  >${one ? nothing : marker.members.length}<span class="tip" aria-hidden="true" dir=${state.dir}>${state.label}</span></button>`;
}
