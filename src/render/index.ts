// sz-widgets/render: prerendering for static-site generators and build scripts (Node 20+).
export { renderPage, type RenderOptions, type RenderResult } from './page.js';
