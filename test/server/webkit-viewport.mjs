// The set-viewport command for the WebKit launcher (webkit-launcher.mjs), as a test-runner plugin.
/**
 * setViewport() for the WebKit launcher. @web/test-runner-commands' own set-viewport command knows
 * only puppeteer and playwright pages, throws for any other launcher, and the runner always puts
 * it ahead of the config's plugins; so at server start this plugin moves itself to the front of the
 * list the runner's command dispatcher walks. It answers only for a WebDriver launcher that has
 * setViewport(); every other command and browser falls through to the usual plugins.
 */
export function webkitViewportPlugin() {
  const self = {
    name: 'sz-webkit-viewport',
    serverStart({ config }) {
      const api = config.plugins?.find((p) => p?.name === 'test-runner-api');
      const list = api?.plugins;
      if (!Array.isArray(list)) return;
      const i = list.indexOf(self);
      if (i > 0) {
        list.splice(i, 1);
        list.unshift(self);
      }
    },
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-viewport') return undefined;
      const browser = session.browser;
      if (browser.type !== 'webdriver' || typeof browser.setViewport !== 'function') return undefined;
      await browser.setViewport(payload);
      return true;
    },
  };
  return self;
}
