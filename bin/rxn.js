#!/usr/bin/env node
'use strict';
// The `rxn` command: runs the bundled CLI (built by `npm ci` / `npm run build`).
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('rxn: dist/cli.js is missing; run `npm run build` (or `npm ci`) in ' + path.dirname(__dirname) + '\n');
  process.exit(2);
}
require(cli);
