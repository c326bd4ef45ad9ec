// The Angular host app (test/hosts/angular), compiled just in time, against the built package.
import { hostAppTests } from './host-app.js';

hostAppTests('Angular', '/test/hosts/.build/angular/main.js', () => document.createElement('host-app'));
