// Summarises V8 CPU profiles (node --cpu-prof, one file per thread) into self time per function and per area,
// mapped back to seedforge's TypeScript sources through dist/'s source maps.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const NON_CODE = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

function loadSourceMap(file, cache) {
  if (cache.has(file)) return cache.get(file);
  let map = null;
  try {
    const mapFile = `${file}.map`;
    if (existsSync(mapFile)) map = { map: new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))), dir: dirname(file) };
  } catch {
    map = null;
  }
  cache.set(file, map);
  return map;
}

/** Where a call frame lives: a repo-relative source file and line when mapped, else the URL. */
function locate(frame, root, cache) {
  const { url, lineNumber, columnNumber } = frame;
  if (!url) return { file: '', line: 0 };
  if (!url.startsWith('file://')) return { file: url, line: lineNumber + 1 };
  const file = fileURLToPath(url);
  // Only seedforge's own bundle is mapped back; packages keep their installed paths (so the area is the package).
  const ours = file.startsWith(join(root, 'dist') + '/');
  const sm = ours && lineNumber >= 0 ? loadSourceMap(file, cache) : null;
  const entry = sm?.map.findEntry(lineNumber, columnNumber);
  if (entry && entry.originalSource) {
    const source = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : resolve(sm.dir, entry.originalSource);
    return { file: relative(root, source), line: entry.originalLine + 1 };
  }
  return { file: relative(root, file), line: lineNumber + 1 };
}

function areaOf(name, file) {
  if (NON_CODE.has(name)) return name;
  if (!file) return '(native / V8 builtins)';
  if (/^node:internal\/(modules|deps\/cjs-module-lexer|bootstrap)/.test(file)) return 'module loading (node:internal)';
  if (file.startsWith('node:')) return 'node: internals';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (nm) return nm[1];
  const top = file.split('/')[0];
  if (['compiler', 'runtime', 'cli', 'dsl'].includes(top)) return `seedforge ${top}/`;
  return file.includes('.seedforge.mjs') ? 'user config bundle' : file;
}

/**
 * Reads every *.cpuprofile in `dir`. Returns per-thread durations, the top `limit` functions by self time and
 * self time per area (package or seedforge layer). Percentages are of busy time (all threads, idle excluded).
 */
export function summariseProfiles(dir, { root, limit = 15 } = {}) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort();
  const cache = new Map();
  const byFunction = new Map();
  const byArea = new Map();
  const threads = [];
  let busy = 0;
  let idle = 0;
  for (const name of files) {
    const profile = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const parents = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parents.set(c, n.id);
    // Native code (no URL: Buffer.indexOf, string encoding, ...) is charged to its nearest JavaScript caller, whose
    // file says which layer asked for the work.
    const jsCaller = (id) => {
      for (let p = parents.get(id), hops = 0; p !== undefined && hops < 50; p = parents.get(p), hops++) {
        const frame = nodes.get(p).callFrame;
        if (frame.url && !frame.url.startsWith('node:')) return frame;
      }
      return undefined;
    };
    const self = new Map();
    const { samples = [], timeDeltas = [] } = profile;
    for (let i = 0; i < samples.length; i++) {
      // timeDeltas[i] is the time before sample i; attribute the interval after it (as DevTools does).
      const dt = (timeDeltas[i + 1] ?? 0) / 1000;
      self.set(samples[i], (self.get(samples[i]) ?? 0) + dt);
    }
    let threadBusy = 0;
    for (const [id, ms] of self) {
      const node = nodes.get(id);
      const fn = node.callFrame.functionName || '(anonymous)';
      if (fn === '(idle)') {
        idle += ms;
        continue;
      }
      threadBusy += ms;
      const native = !node.callFrame.url && !NON_CODE.has(fn);
      const caller = native ? jsCaller(id) : undefined;
      const where = locate(caller ?? node.callFrame, root, cache);
      const name = caller ? `${fn === '(anonymous)' ? '(native)' : fn} in ${caller.functionName || '(anonymous)'}` : fn;
      const key = `${name}\u0000${where.file}:${where.line}`;
      const entry = byFunction.get(key) ?? { name, location: where.file ? `${where.file}:${where.line}` : '', area: areaOf(fn, where.file), selfMs: 0 };
      entry.selfMs += ms;
      byFunction.set(key, entry);
      byArea.set(entry.area, (byArea.get(entry.area) ?? 0) + ms);
    }
    const tid = /\.\d+\.(\d+)\.\d+\.cpuprofile$/.exec(name)?.[1] ?? '?';
    threads.push({ file: name, thread: tid === '0' ? 'main' : `worker ${tid}`, durationMs: (profile.endTime - profile.startTime) / 1000, busyMs: threadBusy });
    busy += threadBusy;
  }
  const pct = (ms) => (busy > 0 ? (100 * ms) / busy : 0);
  const top = [...byFunction.values()]
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, limit)
    .map((e) => ({ ...e, pct: pct(e.selfMs) }));
  const areas = [...byArea.entries()].map(([area, selfMs]) => ({ area, selfMs, pct: pct(selfMs) })).sort((a, b) => b.selfMs - a.selfMs);
  return { threads, busyMs: busy, idleMs: idle, top, areas };
}
