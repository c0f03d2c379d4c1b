// BENCHMARKS.md: the command, the machine, the figures, issue 4's targets (met / not met) and, for unmet ones,
// where the time goes (CPU profiles, apply's own per-table log) and what would fix it (bench/analysis.md).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_COUNTS } from '../counts.mjs';
import { TARGET_SCALE, faster, int, mb, ratio, rowsPerSecond, sec } from './format.mjs';
import { diagnose } from './targets.mjs';

const LABELS = {
  startup: 'seedforge --version (process start only)',
  'compile-fixed-cold': 'seedforge compile --no-cache, 1 row per table (fixed cost, first compile)',
  'compile-fixed': 'seedforge compile, 1 row per table (fixed cost)',
  'compile-cold': 'seedforge compile --no-cache (first compile, default workers)',
  compile: 'seedforge compile (csv+sql, default workers)',
  'compile-w1': 'seedforge compile --workers 1',
  'compile-w2': 'seedforge compile --workers 2',
  'apply-fixed': 'seedforge apply, 1 row per table (fixed cost)',
  apply: 'seedforge apply',
  'apply-owner': 'seedforge apply as a role that owns the tables, not a superuser (foreign keys off for the COPY, added back after)',
  'compile+apply': 'seedforge compile && seedforge apply',
  'compile-apply': 'seedforge compile --apply (one command: rows stream into COPY as they render)',
  psql: 'psql \\copy, one transaction, FK triggers on (floor)',
  'psql-relaxed': 'psql \\copy, one transaction, FK triggers off (replica)',
  'drizzle-seed': 'drizzle-seed (node-postgres)',
};

/** Rows that are not the bench volume: no rows/s, no ratios. */
const OVERHEAD = new Set(['startup', 'compile-fixed-cold', 'compile-fixed', 'apply-fixed']);

function table(header, rows, align = 'l' + 'r'.repeat(header.length - 1)) {
  const out = [`| ${header.join(' | ')} |`, `|${header.map((h, i) => (align[i] === 'r' ? ' ---: ' : ' --- ')).join('|')}|`];
  for (const row of rows) out.push(`| ${row.join(' | ')} |`);
  return out.join('\n');
}

function resultsTable(f) {
  const s = f.summary;
  const floorOn = s.psql;
  const floorOff = s['psql-relaxed'];
  const dz = s['drizzle-seed'];
  const rows = [];
  for (const tool of Object.keys(LABELS)) {
    const r = s[tool];
    if (!r) continue;
    const volume = !OVERHEAD.has(tool);
    rows.push([
      LABELS[tool],
      `**${sec(r.medianMs)}**`,
      volume ? int(rowsPerSecond(r)) : '–',
      mb(r.peakRss),
      floorOn && volume ? ratio(r.medianMs / floorOn.medianMs) : '–',
      floorOff && volume ? ratio(r.medianMs / floorOff.medianMs) : '–',
      dz && volume && tool !== 'drizzle-seed' ? faster(dz.medianMs / r.medianMs) : '–',
    ]);
  }
  return table(['Command', 'Median', 'Rows/s', 'Peak RSS', '× floor (FK on)', '× floor (FK off)', 'vs drizzle-seed'], rows, 'lrrrrrr');
}

/** Spread and CPU: how noisy the runs were, and how much CPU each command used (user+sys of its process tree). */
function noiseTable(f) {
  const rows = [];
  for (const tool of Object.keys(LABELS)) {
    const r = f.summary[tool];
    if (!r) continue;
    rows.push([
      LABELS[tool],
      String(r.runs),
      r.runs > 1 ? `${sec(r.minMs)} – ${sec(r.maxMs)}` : '–',
      r.cpuMs === undefined ? '?' : sec(r.cpuMs),
      threadSplit(r),
      r.serverCpuMs === undefined ? '?' : sec(r.serverCpuMs),
      r.hostBusyCores === undefined ? '?' : r.hostBusyCores.toFixed(2),
      otherLoad(r) === undefined ? '?' : otherLoad(r).toFixed(2),
    ]);
  }
  return table(['Command', 'Runs', 'Min – max', 'CPU (user+sys, median)', 'Node main thread / other threads', 'PostgreSQL CPU', 'Host busy cores (avg)', 'Others (cores)'], rows, 'lrrrrrrr');
}

/** A Node command's CPU split between its main threads and its other threads (V8's compiler and GC helpers, libuv, workers). */
function threadSplit(r) {
  if (r.mainThreadCpuMs === undefined || r.otherThreadsCpuMs === undefined) return '–';
  return `${sec(r.mainThreadCpuMs)} / ${sec(r.otherThreadsCpuMs)}`;
}


/** Cores busy with something other than the command's own process tree (for loads: PostgreSQL's work included). */
function otherLoad(r) {
  if (r.hostBusyCores === undefined || r.cpuMs === undefined || r.medianMs <= 0) return undefined;
  return Math.max(0, r.hostBusyCores - r.cpuMs / r.medianMs);
}

/** A warning when other processes took CPU during the compile runs (no database work there to explain it). */
function contentionNote(f) {
  const loads = ['compile-w1', 'compile-w2', 'compile'].map((t) => f.summary[t] && otherLoad(f.summary[t])).filter((x) => x !== undefined);
  if (loads.length === 0) return '';
  const avg = loads.reduce((a, b) => a + b, 0) / loads.length;
  if (avg < 0.3) return '';
  return `**The host was not quiet:** during the compile runs, other processes kept ${avg.toFixed(2)} of ${f.machine.cores} cores busy on average (the "Others" column; for the database commands it also counts PostgreSQL's own work). Wall times are inflated by that contention, and 2-worker figures most of all, since a second worker only helps when a second core is free; CPU times (user+sys) are the steadier figure. Re-run on an idle machine for clean numbers.`;
}

/** Whole time = fixed cost (1 row per table) + volume part; the volume part's rate is what the row count buys. */
function fixedCostTable(f) {
  const s = f.summary;
  const rows = [];
  const add = (tool, fixedTool) => {
    const r = s[tool];
    const fixed = s[fixedTool];
    if (!r || !fixed) return;
    const part = r.medianMs - fixed.medianMs;
    rows.push([LABELS[tool], sec(r.medianMs), sec(fixed.medianMs), sec(Math.max(0, part)), part > 0 ? int((r.rows * 1000) / part) : '–']);
  };
  add('compile-w1', 'compile-fixed');
  add('compile-w2', 'compile-fixed');
  add('compile', 'compile-fixed');
  add('compile-cold', 'compile-fixed-cold');
  add('apply', 'apply-fixed');
  if (rows.length === 0) return '';
  return table(['Command', 'Whole', 'Fixed cost (1 row/table)', 'Volume part', 'Rows/s of the volume part'], rows, 'lrrrr');
}

function workersTable(f) {
  const s = f.summary;
  const w1 = s['compile-w1'];
  if (!w1 && !s['compile-w2']) return '';
  const rows = [];
  for (const [tool, label] of [['compile-w1', '1'], ['compile-w2', '2'], ['compile', 'default (auto)'], ['compile-cold', 'default, --no-cache']]) {
    const r = s[tool];
    if (!r) continue;
    rows.push([label, sec(r.medianMs), int(rowsPerSecond(r)), w1 ? ratio(w1.medianMs / r.medianMs) : '–', r.cpuMs === undefined ? '?' : sec(r.cpuMs), mb(r.peakRss)]);
  }
  const sums = Object.entries(f.checksums ?? {});
  const same = new Set(sums.map(([, c]) => c)).size <= 1;
  return [
    table(['--workers', 'Median', 'Rows/s', 'Speedup vs 1', 'CPU (user+sys)', 'Peak RSS'], rows),
    '',
    sums.length > 1
      ? same
        ? `Every compile produced the same manifest checksum (\`${sums[0][1].slice(0, 16)}…\`), whatever the worker count${f.checksums['compile-apply'] ? ', and so did compile --apply' : ''}.`
        : `**The manifest checksums differ between worker counts:** ${sums.map(([t, c]) => `${t} \`${c.slice(0, 12)}\``).join(', ')}.`
      : '',
  ].join('\n');
}

function profileSection(name, p) {
  if (!p) return '';
  const threads = p.threads.map((t) => `${t.thread} ${sec(t.busyMs)} busy of ${sec(t.durationMs)}`).join('; ');
  const lines = [`**${name}** — \`${p.command}\``, '', `Threads: ${threads}. Busy time (all threads, idle excluded): ${sec(p.busyMs)}.`, ''];
  lines.push(table(['Area (self time)', 'ms', '% of busy'], p.areas.slice(0, 10).map((a) => [a.area, int(a.selfMs), `${a.pct.toFixed(1)}%`])));
  lines.push('');
  lines.push(table(['Top self-time functions', 'Where', 'ms', '% of busy'], p.top.slice(0, 12).map((t) => [`\`${t.name}\``, t.location ? `\`${t.location}\`` : '', int(t.selfMs), `${t.pct.toFixed(1)}%`]), 'llrr'));
  return lines.join('\n');
}

function timelineSection(f) {
  const t = f.summary.apply?.timeline;
  if (!t?.length) return '';
  const body = t.map((l) => `${(l.t / 1000).toFixed(2).padStart(7)} s  ${l.line}`).join('\n');
  return ['Apply\'s own log, stamped with the time since the process started (median run):', '', '```', body, `${(f.summary.apply.medianMs / 1000).toFixed(2).padStart(7)} s  (exit)`, '```'].join('\n');
}

/** The hand-written analysis (what would fix it), kept next to the harness so a re-run keeps it. */
function analysis() {
  const file = join(import.meta.dirname, '..', 'analysis.md');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
}

export function renderReport(f) {
  const m = f.machine;
  const targets = f.targets;
  const unmet = targets.filter((t) => t.status === 'not met');
  const out = [];
  out.push('# Benchmarks');
  out.push('');
  out.push(`Generated by \`bench/run.mjs\` on ${f.date} at commit ${m.commit}; ${f.scale === TARGET_SCALE ? '' : `**scale ${f.scale}, not the target scale ${TARGET_SCALE}**; `}the whole run took ${sec(f.wallS * 1000)}. Re-run the command below to refresh the figures; do not edit them by hand.`);
  out.push('');
  out.push('```sh');
  // Where the output went does not change the figures.
  out.push(f.command.replace(/\s--(json|report)\s+\S+/g, ''));
  out.push('```');
  out.push('');
  out.push('## Machine');
  out.push('');
  out.push(
    table(
      ['', ''],
      [
        ['CPU', `${m.cores} cores, ${m.cpu}`],
        ['Memory', `${m.memoryGiB.toFixed(1)} GiB (${m.freeGiB.toFixed(1)} GiB free at the start)`],
        ['Node.js', `${m.node} (${m.platform})`],
        ['PostgreSQL', `${m.postgres}, same host, connecting as ${m.superuser ? 'a superuser' : 'a non-superuser'}`],
        ['drizzle-seed', `${m.drizzleSeed} with drizzle-orm ${m.drizzleOrm} and pg ${m.pg}`],
        ['Load average (1/5/15 min)', `before ${m.loadBefore.map((x) => x.toFixed(2)).join(' / ')}, after ${m.loadAfter.map((x) => x.toFixed(2)).join(' / ')}`],
      ],
      'll',
    ),
  );
  out.push('');
  out.push('## What is measured');
  out.push('');
  out.push(`- The reference schema \`bench/schema.ts\`: users → orders → order_items ← products, reviews → users/products; serial keys, five foreign keys, a unique email, numeric prices, timestamps, lorem text. Scale ${f.scale}: ${Object.entries(f.counts).map(([t, n]) => `${t} ${int(n)}`).join(', ')} = **${int(f.totalRows)} rows** (scale 1 = ${int(Object.values(BASE_COUNTS).reduce((a, b) => a + b, 0))}); seedforge's CSVs are ${mb(f.artifactBytes)}.`);
  out.push('- seedforge runs as its prebuilt CLI (`node bin/seedforge.js`, the esbuild bundle in dist/) with `bench/mock.config.ts` and `--count table=N`; drizzle-seed runs `bench/drizzle-seed.ts` (bundled with esbuild once, run as plain JavaScript) with the same counts and comparable generators: email, full name, company, lorem sentences (3 per product, 2 per review), prices with 2 decimals, small ints, a status from 5 values, timestamps; foreign keys pick uniformly from the parents.');
  out.push('- Every time is a **whole command**: from spawning the process to its exit, including Node.js start, module loading, config bundling and connecting. compile writes `--format csv,sql` into an empty directory. `compile && apply` is one `sh -c` command line; `compile --apply` is one command that writes the same artifacts while each table\'s rows stream into COPY as they render.');
  out.push("- compile caches schema.sql (drizzle-kit) and the typed files (ts-morph) by the hash of their inputs, and drizzle-orm bundled into three files (`node_modules/.cache/seedforge`; here a cache directory of the run's own, empty at the start). An untimed compile fills it before the timed runs, so the compile rows are what every compile after a project's first costs while its schema stays the same; the `--no-cache` rows are a first compile (a fresh clone, a CI job without a cache, a changed schema): both libraries load, and drizzle-orm loads as installed. (A first compile into an empty cache also bundles drizzle-orm, in esbuild's process: see the analysis.)");
  out.push(`- Every load (apply, compile+apply, compile --apply, psql, drizzle-seed) goes into a fresh database created from the compiled \`schema.sql\` (the same DDL for every tool), checkpointed before the timed command, checked for its row counts after, then dropped.`);
  out.push('- The floor is `psql -f` with one transaction of `\\copy` of seedforge\'s own CSVs in load order: with FK triggers on (plain), and with `SET LOCAL session_replication_role = replica` (FK triggers off). It does no sequence reset, no verification and no ledger, which apply does.');
  out.push(`- apply's FK setting for the matching floor: **${f.applyFk === 'relaxed' ? 'relaxed (FK triggers off, then verified)' : 'FK triggers on'}** (${f.applyFkSource}).`);
  if (f.summary['apply-owner']) {
    out.push("- `apply-owner` connects as a role that is no superuser and may not set `session_replication_role` (an application's own role on a managed server, say); it created the tables, so it owns them. Its floor is psql with FK triggers on: such a role cannot turn them off. It loads each large empty table without its foreign keys and adds them back after, each checked by PostgreSQL with one query.");
  }
  out.push(`- Median of ${f.runs} run(s) per command${f.drizzleRuns !== f.runs ? ` (drizzle-seed: ${f.drizzleRuns} run(s), to keep the run bounded)` : ''}; runs are interleaved round-robin so background load spreads across tools${f.nice !== undefined ? `; every measured command ran under \`nice -n ${f.nice}\` (the PostgreSQL server did not)` : ''}. Peak RSS is the largest over the runs, of the command's whole process tree (${f.measurement}); the PostgreSQL server's own memory is not included.`);
  out.push('');
  out.push(`## Results: scale ${f.scale}, ${int(f.totalRows)} rows`);
  out.push('');
  out.push(resultsTable(f));
  out.push('');
  out.push('"× floor" is the median time divided by the floor\'s median (1.00× = as fast as raw COPY); "vs drizzle-seed" is drizzle-seed\'s median divided by this command\'s.');
  out.push('');
  out.push('Spread, CPU time and background load (the machine is shared: "host busy" counts every process on it, the benchmarked command and PostgreSQL included, averaged over the runs):');
  out.push('');
  out.push(noiseTable(f));
  out.push('');
  const contention = contentionNote(f);
  if (contention) {
    out.push(contention);
    out.push('');
  }
  const fixed = fixedCostTable(f);
  if (fixed) {
    out.push('### Fixed cost and volume');
    out.push('');
    out.push(fixed);
    out.push('');
  }
  const workers = workersTable(f);
  if (workers) {
    out.push('### Compile: worker threads');
    out.push('');
    out.push(workers);
    out.push('');
  }
  if (f.memory) {
    out.push(`### Memory at scale ${f.memory.scale} (${int(f.memory.rows)} rows, one run)`);
    out.push('');
    const cpu = (x) => (x.cpuMs === undefined ? '?' : sec(x.cpuMs));
    const rows = [['seedforge compile (csv+sql, default workers)', sec(f.memory.compile.ms), int((f.memory.rows * 1000) / f.memory.compile.ms), cpu(f.memory.compile), mb(f.memory.compile.peakRss)]];
    if (f.memory.compileCold) rows.push(['seedforge compile --no-cache (first compile)', sec(f.memory.compileCold.ms), int((f.memory.rows * 1000) / f.memory.compileCold.ms), cpu(f.memory.compileCold), mb(f.memory.compileCold.peakRss)]);
    if (f.memory.compileW1) rows.push(['seedforge compile --workers 1', sec(f.memory.compileW1.ms), int((f.memory.rows * 1000) / f.memory.compileW1.ms), cpu(f.memory.compileW1), mb(f.memory.compileW1.peakRss)]);
    if (f.memory.apply) rows.push(['seedforge apply', sec(f.memory.apply.ms), int((f.memory.rows * 1000) / f.memory.apply.ms), cpu(f.memory.apply), mb(f.memory.apply.peakRss)]);
    if (f.memory.compileApply) rows.push(['seedforge compile --apply', sec(f.memory.compileApply.ms), int((f.memory.rows * 1000) / f.memory.compileApply.ms), cpu(f.memory.compileApply), mb(f.memory.compileApply.peakRss)]);
    out.push(table(['Command', 'Time', 'Rows/s', 'CPU (user+sys)', 'Peak RSS'], rows));
    out.push('');
  }
  out.push('## Targets (issue 4)');
  out.push('');
  out.push(table(['Target', 'Measured', 'Status'], targets.map((t) => [t.name, t.detail, t.status === 'met' ? '**met**' : t.status === 'not met' ? '**not met**' : t.status]), 'lll'));
  out.push('');
  if (unmet.length > 0 || Object.keys(f.profiles ?? {}).length > 0) {
    out.push('## Where the time goes');
    out.push('');
    if (unmet.length > 0) {
      out.push(`Not met: ${unmet.map((t) => t.name).join('; ')}. What bounds each, from the figures above:`);
      out.push('');
      out.push(diagnose(f));
    }
    out.push('');
    const text = analysis();
    if (text) {
      out.push(text);
      out.push('');
    }
    out.push('### Measured breakdown (regenerated by every run)');
    out.push('');
    if (f.summary.startup) {
      out.push(`Process start alone (\`seedforge --version\`) takes ${sec(f.summary.startup.medianMs)}.`);
      out.push('');
    }
    const tl = timelineSection(f);
    if (tl) {
      out.push(tl);
      out.push('');
    }
    if (Object.keys(f.profiles ?? {}).length > 0) {
      out.push("CPU profiles: one untimed run each under `node --cpu-prof` at the bench scale. Self time per function, summed over all threads (main and workers); native code (no script) is charged to its nearest JavaScript caller; seedforge's frames are mapped back to its TypeScript sources through dist/'s source maps. On a busy host a sample also covers time its thread waited for a core, so read the percentages rather than the milliseconds.");
      out.push('');
    }
    for (const [name, label] of [['compile-w1', 'compile, 1 worker'], ['compile-w2', 'compile, 2 workers'], ['apply', 'apply']]) {
      const section = profileSection(label, f.profiles?.[name]);
      if (section) {
        out.push(section);
        out.push('');
      }
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
