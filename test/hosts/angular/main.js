// Entry of the Angular host app. JIT: the compiler has to be loaded before the first component
// is bootstrapped. Change detection is zoneless (the default since Angular 21; no zone.js).
/* global console */
import '@angular/compiler';
import 'sz-widgets';
import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app.js';

bootstrapApplication(App).catch((error) => console.error(error));
