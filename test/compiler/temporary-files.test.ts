import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const fixture = join(root, 'test/fixtures/slow-import');
const bin = join(root, 'bin/seedforge.js');
const dirs: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'seedforge-temporary-'));
  dirs.push(dir);
  return dir;
};
/** The temporary modules a load writes next to the user's file (compiler/load-module.ts). */
const leftovers = () => readdirSync(fixture).filter((f) => f.endsWith('.seedforge.mjs'));
// A failing run must not leave them in the source tree either.
afterAll(() => [...dirs, ...leftovers().map((f) => join(fixture, f))].forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Polls until `ready` holds (or fails after 30 s). */
async function until(ready: () => boolean, what: string): Promise<void> {
  for (const deadline = Date.now() + 30_000; !ready(); await new Promise((r) => setTimeout(r, 20))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
  }
}

/** Runs the CLI, sends `signal` once `ready` holds; its exit code, stderr, and the milliseconds from signal to exit. */
async function interrupt(args: string[], ready: () => boolean, signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string; ms: number }> {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    await until(ready, args.join(' '));
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const sent = performance.now();
  child.kill(signal);
  const code = await exited;
  return { code, stderr, ms: performance.now() - sent };
}

describe('temporary files', () => {
  it('threads stopped while they import the config leave no temporary module next to it', async () => {
    // Through the built library (worker scripts exist only there).
    const dist = (await import(new URL('../../dist/compiler.js', import.meta.url).href)) as typeof import('../../compiler/index.ts');
    expect(leftovers()).toEqual([]);
    // Workers never get past the import: the compiling thread renders every row, then stops them mid-import.
    const result = await dist.compile({ config: join(fixture, 'worker.config.ts'), outDir: temp(), workers: 3, formats: ['csv'] });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.scenarios[0]!.workerRanges).toBe(0);
    expect(leftovers()).toEqual([]);
  });

  it('Ctrl-C while the config is imported removes its temporary module; the exit code says so', async () => {
    expect(leftovers()).toEqual([]);
    const { code, stderr } = await interrupt(['compile', '--config', join(fixture, 'main.config.ts'), '--out', temp()], () => leftovers().length > 0, 'SIGINT');
    expect(stderr).toBe('');
    expect(code).toBe(130);
    expect(leftovers()).toEqual([]);
  });

  it('a TERM signal while rows render on one thread stops the compile there, removes its staging directory and leaves the output as it was', async () => {
    const out = temp();
    const staging = () => readdirSync(out).filter((f) => f.startsWith('.seedforge-staging-'));
    // 2M rows: about 10 s of rendering here. The thread lets the event loop run every 50 ms, so the signal is handled
    // mid-render; before it did, the handler ran only once every row was written. The bound is loose on purpose: it
    // tells "stops mid-render" from "stops at the end", not how fast.
    const args = ['compile', '--schema', join(root, 'examples/shop/schema.ts'), '--count', '400000', '--format', 'csv', '--workers', '1', '--out', out];
    const { code, ms } = await interrupt(args, () => existsSync(out) && staging().length > 0, 'SIGTERM');
    expect(code).toBe(143);
    expect(readdirSync(out)).toEqual([]);
    expect(ms).toBeLessThan(4000);
  });
});
