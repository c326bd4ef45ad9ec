// The Vue 3 host app (test/hosts/vue) against the built package.
import { hostAppTests } from './host-app.js';

hostAppTests('Vue', '/test/hosts/.build/vue/main.js', () =>
  Object.assign(document.createElement('div'), { id: 'app' }),
);
