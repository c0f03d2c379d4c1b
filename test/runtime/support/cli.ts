import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const bin = join(import.meta.dirname, '../../../bin/seedforge.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The environment the CLI runs with: no DATABASE_URL or CI leaking in from the test process, a local NODE_ENV. */
export function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, SEEDFORGE_ENV: _env, NODE_ENV: _node, ...rest } = process.env;
  return { ...rest, NODE_ENV: 'development', ...extra };
}

/** Runs the built CLI (`npm run build` first; `npm test` does) and waits for it. */
export function seedforge(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): CliRun {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd, env: cliEnv(options.env), encoding: 'utf8', timeout: 180_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts the built CLI without waiting; `done` resolves when it exits. */
export function startSeedforge(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): { child: ChildProcess; output: () => CliRun; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [bin, ...args], { cwd: options.cwd, env: cliEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<CliRun>((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
  return { child, output: () => ({ status: child.exitCode, stdout, stderr }), done };
}

/** A refusal as the CLI prints it: exit 1, `seedforge: <message>`, a hint, no stack trace. */
export function expectCleanRefusal(run: CliRun): void {
  if (run.status !== 1) throw new Error(`expected exit 1, got ${run.status}\nstdout: ${run.stdout}\nstderr: ${run.stderr}`);
  if (!/^seedforge: /m.test(run.stderr)) throw new Error(`expected a "seedforge:" message, got:\n${run.stderr}`);
  if (!/^ {2}hint: /m.test(run.stderr)) throw new Error(`expected a hint, got:\n${run.stderr}`);
  if (/^\s+at /m.test(run.stderr) || /internal error/.test(run.stderr)) throw new Error(`expected no stack trace, got:\n${run.stderr}`);
}
