// Bundles the CLI and the public entry points into dist/ so commands start as plain JavaScript.
// Dependencies stay external: heavy ones load lazily inside the commands that need them.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  // Installed as a dependency without dev tooling: dist/ ships prebuilt.
  if (existsSync(join(root, 'dist', 'cli.js'))) process.exit(0);
  throw new Error('esbuild is missing: run npm install');
}

const entries = {
  cli: 'cli/main.ts',
  dsl: 'dsl/index.ts',
  runtime: 'runtime/index.ts',
  compiler: 'compiler/index.ts',
  'compile-worker': 'compiler/compile-worker.ts',
  'side-worker': 'compiler/side-worker.ts',
};
const present = Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(join(root, file))));

await esbuild.build({
  absWorkingDir: root,
  entryPoints: present,
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
});
