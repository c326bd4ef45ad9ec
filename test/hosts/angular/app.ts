// Angular host app: a standalone component compiled just in time in the browser (main.js loads
// @angular/compiler first). CUSTOM_ELEMENTS_SCHEMA lets the template bind to the sz-* elements.
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { Center, NewsItem } from '../../../src/data/types.js';
import { extraItem, partnerNews, selectionText } from '../shared.js';

@Component({
  selector: 'host-app',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <button id="add-item" (click)="addItem()">Add an item</button>
      <button id="french" (click)="lang.set('fr')">Français</button>
      <button id="compact" (click)="layout.set('compact')">Compact list</button>
      <sz-news-list [items]="items()" [attr.lang]="lang()" [attr.layout]="layout()"></sz-news-list>
      <sz-center-map style="display: block; width: 800px" (sz-select)="onSelect($event)"></sz-center-map>
      <p id="selected">{{ selectionText(selected()) }}</p>
      <sz-center-card [center]="selected() ?? 'boston'" [attr.lang]="lang()"></sz-center-card>
    </main>
  `,
})
export class App {
  readonly items = signal<NewsItem[]>(partnerNews);
  readonly selected = signal<Center | null>(null);
  readonly lang = signal('en');
  readonly layout = signal('list');
  readonly selectionText = selectionText;

  addItem(): void {
    this.items.update((items) => [...items, extraItem]);
  }

  onSelect(event: Event): void {
    this.selected.set((event as CustomEvent<{ id: string | null; center: Center | null }>).detail.center);
  }
}
