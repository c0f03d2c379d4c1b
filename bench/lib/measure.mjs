// Runs one whole command and measures it as a user feels it: wall time from spawn to exit, and the peak resident
// memory of its process tree (sampled from /proc, and GNU time's maxrss of the largest process when available).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const GNU_TIME = '/usr/bin/time';
const hasProc = existsSync('/proc/self/status');

function gnuTimeWorks() {
  try {
    const probe = join(tmpdir(), `sf-bench-time-${process.pid}`);
    // Some images ship a shell builtin only; probe the binary's -f/-o options once.
    const { status } = spawnSync(GNU_TIME, ['-f', '%M', '-o', probe, 'true']);
    const ok = status === 0 && /^\d+/.test(readFileSync(probe, 'utf8'));
    rmSync(probe, { force: true });
    return ok;
  } catch {
    return false;
  }
}

const hasGnuTime = existsSync(GNU_TIME) && gnuTimeWorks();

/** Resident set size of one process in bytes (0 when it is gone). */
function rssOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(status);
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Direct children of a process (all of its threads). */
function childrenOf(pid) {
  const out = [];
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        const text = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
        if (text) for (const c of text.split(/\s+/)) out.push(Number(c));
      } catch {
        // the thread ended between the listing and the read
      }
    }
  } catch {
    // the process ended
  }
  return out;
}

/** Sum of RSS over `root`'s descendants (not `root` itself when `excludeRoot`, e.g. the GNU time wrapper). */
function treeRss(root, excludeRoot) {
  let total = excludeRoot ? 0 : rssOf(root);
  const stack = childrenOf(root);
  while (stack.length > 0) {
    const pid = stack.pop();
    total += rssOf(pid);
    stack.push(...childrenOf(pid));
  }
  return total;
}

/** Whole-machine CPU jiffies from /proc/stat: busy (not idle or iowait) and total, with the core count. */
function hostCpu() {
  try {
    const text = readFileSync('/proc/stat', 'utf8');
    const first = text.slice(0, text.indexOf('\n')).trim().split(/\s+/).slice(1).map(Number);
    const cores = (text.match(/^cpu\d+ /gm) ?? []).length || 1;
    const total = first.slice(0, 8).reduce((a, b) => a + b, 0);
    const idle = first[3] + (first[4] ?? 0);
    return { busy: total - idle, total, cores };
  } catch {
    return undefined;
  }
}

let niceness;

/** Runs every measured command under `nice -n N` (negative N needs the privilege to raise priority). */
export function setNice(n) {
  niceness = n;
}

/** Process groups of the commands being measured now. */
const running = new Set();

function killGroup(pid) {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** Ends every command still running (the harness calls it on Ctrl-C). */
export function killRunning() {
  for (const pid of running) killGroup(pid);
  running.clear();
}

export const measurement = {
  method: [hasProc ? '/proc process-tree RSS sampled every 20 ms' : undefined, hasGnuTime ? 'GNU time maxrss (largest process)' : undefined].filter(Boolean).join(' + ') || 'none',
};

/**
 * Runs `command args` to completion. Resolves with wall time (ms), peak tree RSS (bytes), exit code, output,
 * and stderr/stdout lines stamped with the ms since spawn (a timeline of the command's own progress log).
 * Rejects when the command fails (unless `allowFailure`) or runs past `timeoutMs`.
 */
export function measure(command, args, { cwd, env, timeoutMs = 30 * 60_000, allowFailure = false, label = command } = {}) {
  const timeFile = join(tmpdir(), `sf-bench-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.time`);
  const inner = niceness === undefined ? [command, args] : ['nice', ['-n', String(niceness), command, ...args]];
  const wrapped = hasGnuTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, inner[0], ...inner[1]]] : inner;
  return new Promise((resolve, reject) => {
    const hostBefore = hostCpu();
    const started = performance.now();
    // Its own process group, so a timeout or Ctrl-C ends the whole tree, not just the wrapper.
    const child = spawn(wrapped[0], wrapped[1], { cwd, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    if (child.pid !== undefined) running.add(child.pid);
    let stdout = '';
    let stderr = '';
    const lines = [];
    const partial = { stdout: '', stderr: '' };
    const onData = (stream) => (chunk) => {
      const text = chunk.toString('utf8');
      if (stream === 'stdout') stdout += text;
      else stderr += text;
      const t = performance.now() - started;
      const parts = (partial[stream] + text).split('\n');
      partial[stream] = parts.pop() ?? '';
      for (const line of parts) if (line.trim()) lines.push({ t, stream, line });
    };
    child.stdout.on('data', onData('stdout'));
    child.stderr.on('data', onData('stderr'));
    let peak = 0;
    const sample = () => {
      if (!hasProc || child.pid === undefined) return;
      peak = Math.max(peak, treeRss(child.pid, hasGnuTime));
    };
    const sampler = setInterval(sample, 20);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    timer.unref();
    child.on('error', (error) => {
      running.delete(child.pid);
      clearInterval(sampler);
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      const ms = performance.now() - started;
      clearInterval(sampler);
      clearTimeout(timer);
      running.delete(child.pid);
      const hostAfter = hostCpu();
      let maxRss = 0;
      let cpuMs;
      if (hasGnuTime) {
        try {
          const text = readFileSync(timeFile, 'utf8');
          // GNU time prints "Command exited with non-zero status N" before the format line on failure.
          const m = /(\d+) ([\d.]+) ([\d.]+)\s*$/.exec(text.trim());
          if (m) {
            maxRss = Number(m[1]) * 1024;
            cpuMs = (Number(m[2]) + Number(m[3])) * 1000;
          }
        } catch {
          // no file: the wrapper was killed
        }
        rmSync(timeFile, { force: true });
      }
      for (const stream of ['stdout', 'stderr']) if (partial[stream].trim()) lines.push({ t: ms, stream, line: partial[stream] });
      const hostBusyCores = hostBefore && hostAfter && hostAfter.total > hostBefore.total ? ((hostAfter.busy - hostBefore.busy) / (hostAfter.total - hostBefore.total)) * hostAfter.cores : undefined;
      const result = { label, command: [command, ...args].join(' '), ms, peakRss: Math.max(peak, maxRss), sampledRss: peak, maxRss, cpuMs, hostBusyCores, code, signal, stdout, stderr, lines };
      if (timedOut) return reject(Object.assign(new Error(`${label}: timed out after ${Math.round(timeoutMs / 1000)} s`), { result }));
      if (code !== 0 && !allowFailure) {
        return reject(Object.assign(new Error(`${label}: exit code ${code ?? signal}\n${tail(stderr || stdout)}`), { result }));
      }
      resolve(result);
    });
  });
}

function tail(text, n = 30) {
  return text.trimEnd().split('\n').slice(-n).join('\n');
}
