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

/** `root` and its descendants, or only the descendants when `excludeRoot` (e.g. the GNU time wrapper). */
function treePids(root, excludeRoot) {
  const pids = [];
  const stack = excludeRoot ? childrenOf(root) : [root];
  while (stack.length > 0) {
    const pid = stack.pop();
    pids.push(pid);
    stack.push(...childrenOf(pid));
  }
  return pids;
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

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux). */
const TICKS = (() => {
  try {
    return Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
  } catch {
    return 100;
  }
})();

/** Fields of /proc/<pid>/stat after the command name (which may hold spaces): [state, ppid, ...]. */
function statFields(path) {
  try {
    const text = readFileSync(path, 'utf8');
    const close = text.lastIndexOf(')');
    return { comm: text.slice(text.indexOf('(') + 1, close), fields: text.slice(close + 2).split(' ') };
  } catch {
    return undefined;
  }
}

/** utime + stime of a process or thread, in ms (fields 14 and 15 of stat). */
function cpuOfStat(stat) {
  return ((Number(stat.fields[11]) + Number(stat.fields[12])) * 1000) / TICKS;
}

/**
 * CPU time of every PostgreSQL process on this host, in ms: the running ones' own, plus what the postmaster collected
 * from backends that exited (cutime + cstime), so a backend that ends with its connection still counts. Undefined
 * when no PostgreSQL process is visible (another host, or another PID namespace).
 */
function serverCpu() {
  if (!hasProc) return undefined;
  let total = 0;
  let seen = false;
  const postgres = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = statFields(`/proc/${name}/stat`);
    if (stat?.comm === 'postgres') postgres.set(Number(name), stat);
  }
  for (const stat of postgres.values()) {
    seen = true;
    total += cpuOfStat(stat);
    // The postmaster: its parent is not PostgreSQL; it reaps the backends.
    if (!postgres.has(Number(stat.fields[1]))) total += ((Number(stat.fields[13]) + Number(stat.fields[14])) * 1000) / TICKS;
  }
  return seen ? total : undefined;
}

/** Records the CPU of a process (by pid) and of its main thread, as last seen. */
function sampleCpu(pid, into) {
  const process = statFields(`/proc/${pid}/stat`);
  const main = statFields(`/proc/${pid}/task/${pid}/stat`);
  if (process && main) into.set(pid, { comm: process.comm, processMs: cpuOfStat(process), mainMs: cpuOfStat(main) });
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
    const serverBefore = serverCpu();
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
    const threads = new Map();
    const sample = () => {
      if (!hasProc || child.pid === undefined) return;
      let rss = 0;
      for (const pid of treePids(child.pid, hasGnuTime)) {
        rss += rssOf(pid);
        sampleCpu(pid, threads);
      }
      peak = Math.max(peak, rss);
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
    child.on('close', async (code, signal) => {
      const ms = performance.now() - started;
      // The server's backend exits with its connection; give the postmaster a moment to reap it (outside `ms`).
      await new Promise((resolve) => setTimeout(resolve, 50));
      const serverAfter = serverCpu();
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
      const serverCpuMs = serverBefore !== undefined && serverAfter !== undefined ? Math.max(0, serverAfter - serverBefore) : undefined;
      // Node processes of the tree: main threads' CPU, and the rest (V8's optimizing compiler and GC helpers, libuv, workers).
      const nodes = [...threads.values()].filter((t) => t.comm === 'node');
      const mainThreadCpuMs = nodes.length > 0 ? nodes.reduce((n, t) => n + t.mainMs, 0) : undefined;
      const otherThreadsCpuMs = nodes.length > 0 ? nodes.reduce((n, t) => n + t.processMs - t.mainMs, 0) : undefined;
      const result = { label, command: [command, ...args].join(' '), ms, peakRss: Math.max(peak, maxRss), sampledRss: peak, maxRss, cpuMs, serverCpuMs, mainThreadCpuMs, otherThreadsCpuMs, hostBusyCores, code, signal, stdout, stderr, lines };
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

/** The median of the values (the mean of the middle two for an even count). */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
