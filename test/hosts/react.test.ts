// The React 19 host app (test/hosts/react) against the built package.
import { hostAppTests } from './host-app.js';

hostAppTests('React', '/test/hosts/.build/react/main.js', () =>
  Object.assign(document.createElement('div'), { id: 'app' }),
);
