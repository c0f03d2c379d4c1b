#!/usr/bin/env node
// Entry point: runs the prebuilt CLI bundle (npm run build makes it).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('seedforge: dist/cli.js is missing; run `npm run build` in the seedforge package.\n');
  process.exit(2);
}
await import(bundle.href);
