#!/usr/bin/env node
// The data owners' command line: `sz-widgets validate <file or URL>` and `sz-widgets feed …`
// (see --help). The code is TypeScript compiled into dist/ by `npm run build` (run by `prepare`
// on `npm install` in a checkout).
import process from 'node:process';

const args = process.argv.slice(2);
const command = args[0] === 'feed' ? await import('../dist/feed/cli.js') : await import('../dist/validator/cli.js');
process.exitCode = await command.run(args[0] === 'feed' ? args.slice(1) : args);
