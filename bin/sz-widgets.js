#!/usr/bin/env node
// The command line: `sz-widgets validate <file or URL>`, `sz-widgets feed …` and
// `sz-widgets render <page.html>` (see --help). The code is TypeScript compiled into dist/ by
// `npm run build` (run by `prepare` on `npm install` in a checkout).
import process from 'node:process';

const args = process.argv.slice(2);
const commands = { feed: '../dist/feed/cli.js', render: '../dist/render/cli.js' };
const named = Object.hasOwn(commands, args[0] ?? '');
const command = await import(named ? commands[args[0]] : '../dist/validator/cli.js');
process.exitCode = await command.run(named ? args.slice(1) : args);
