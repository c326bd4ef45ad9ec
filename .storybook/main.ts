import type { StorybookConfig } from '@storybook/web-components-vite';

// Everything Storybook needs is on disk: no addon, story or data file comes from the network,
// and telemetry is off, so `storybook dev` and `storybook build` work offline.
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  staticDirs: [
    // The shipped datasets under data/, as in dist/, for stories that name them in `src`
    // (several widgets sharing one). Not under /datasets: in `storybook dev` a static dir
    // answers before Vite does, and the stories' `?raw` imports of datasets/ must reach Vite.
    { from: '../datasets', to: '/data' },
    // Test fixtures: small feeds and centre lists for the empty, error and stale states.
    { from: '../test/fixtures', to: '/fixtures' },
    // The service worker that holds the loading story's request open (see stories/network.ts).
    { from: './public', to: '/' },
  ],
  async viteFinal(vite) {
    // The elements find their shipped dataset with `new URL('../../datasets/…', import.meta.url)`.
    // Vite copies such files into the build as assets, but would inline ones under 4 KB (news.json)
    // as data: URLs: keep them files, so the default stories fetch the dataset as a page would.
    return {
      ...vite,
      build: {
        ...vite.build,
        assetsInlineLimit: (file: string) => (/[\\/]datasets[\\/]/.test(file) ? false : undefined),
        // Storybook's own chunks are large; the warning says nothing about the widgets.
        chunkSizeWarningLimit: 4096,
        rolldownOptions: {
          ...vite.build?.rolldownOptions,
          // Noise here: src/data/exports.ts imports the parsers statically on purpose (the module
          // bundle exports them), and the timings are Storybook's own plugins'.
          checks: { ...vite.build?.rolldownOptions?.checks, ineffectiveDynamicImport: false, bundlerTimings: false },
        },
      },
    };
  },
};

export default config;
