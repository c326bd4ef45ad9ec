#!/usr/bin/env node
// The data owners' command line: `sz-widgets validate <file or URL>` (see --help).
// The code is TypeScript compiled into dist/ by `npm run build`.
import process from 'node:process';
import { run } from '../dist/validator/cli.js';

process.exitCode = await run(process.argv.slice(2));
