import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Written by `npm run manifest` (the storybook scripts run it first): the manifest the package
// ships, so the docs pages and controls describe exactly the published API.
import manifest from '../dist/custom-elements.json';
import { argTypesFromManifest } from '../stories/manifest.js';
import { pasteableHtml } from '../stories/source.js';

// The framework reads each element's description from it.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    docs: {
      // Rows and controls from the same manifest, without name clashes (see stories/manifest.ts).
      extractArgTypes: argTypesFromManifest,
      source: {
        // "Show code" is the snippet a webmaster pastes: the story's own markup, without the
        // width wrappers that only stage it, and without Lit's internals.
        type: 'dynamic',
        language: 'html',
        excludeDecorators: true,
        transform: pasteableHtml,
      },
    },
    // Violations show as failures in the Accessibility panel (the design asks for zero).
    a11y: { test: 'error' },
  },
};

export default preview;
