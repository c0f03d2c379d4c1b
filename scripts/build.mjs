// Bundles the CLI and the public entry points into dist/ so commands start as plain JavaScript.
// Dependencies stay external (heavy ones load lazily inside the commands that need them), except those in BUNDLED.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';

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
/**
 * Dependencies bundled into dist/ instead of imported from node_modules. zod: its ESM build is about 100 files, every
 * one of its 50 locales among them, which Node resolved, read and compiled on every compile (and in every compile
 * worker) in about 60 ms; bundled, it loaded in about 20 ms, and since the config schema uses zod/mini (whose functions
 * tree-shake, where the full build's classes do not) in no measurable time.
 * commander: imported from ESM, Node loaded its ESM wrapper and scanned its CommonJS files for named exports on every
 * command; bundled into cli.js, a compile of 5 rows took 3% less time (15 interleaved pairs).
 */
const BUNDLED = new Set(['zod', 'commander']);

/** Marks every bare import external but those of BUNDLED packages (node: builtins are external on this platform). */
const externals = {
  name: 'externals',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      const parts = args.path.split('/');
      const name = args.path.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
      return BUNDLED.has(name) ? undefined : { path: args.path, external: true };
    });
  },
};

const present = Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(join(root, file))));

/** sha256 of every source file bundled: part of the cache keys of derived artifacts (compiler/derived-cache.ts). */
function sourceHash() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) hash.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  for (const dir of ['cli', 'compiler', 'dsl', 'runtime']) if (existsSync(join(root, dir))) walk(join(root, dir));
  return hash.digest('hex');
}

// A fresh dist/: chunk names are content hashes, so chunks of earlier builds would otherwise pile up.
rmSync(join(root, 'dist'), { recursive: true, force: true });

await esbuild.build({
  absWorkingDir: root,
  entryPoints: present,
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  plugins: [externals],
  sourcemap: 'linked',
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
  // A bundled CommonJS package (commander) requires Node's builtins: esbuild's ESM output reaches them through this.
  banner: { js: "import { createRequire as __seedforgeCreateRequire } from 'node:module'; const require = __seedforgeCreateRequire(import.meta.url);" },
  define: { __SEEDFORGE_BUILD__: JSON.stringify(sourceHash()) },
});
