// Where things are: the repository root, dist/, and the system Chromium.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { chromiumFlags, chromiumPath } from '../../scripts/chromium.mjs';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const dist = join(root, 'dist');
export const chromePath = chromiumPath;

/** Flags for every Chromium the bench starts: headless, offline, nothing in the background. */
export const chromeFlags = [
  ...chromiumFlags,
  '--no-default-browser-check',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,InterestFeedContentSuggestions,CalculateNativeWinOcclusion',
  '--metrics-recording-only',
  '--mute-audio',
  '--password-store=basic',
  '--use-mock-keychain',
];
