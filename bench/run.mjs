#!/usr/bin/env node
// seedforge's benchmark harness (issue 4): `npm run bench [-- --scale N]`.
//
// Times whole commands, as users feel them, side by side on the reference schema (bench/schema.ts):
//   seedforge compile (csv + sql; default workers, --workers 1, --workers 2), seedforge apply, compile+apply
//   (`compile && apply`), compile-apply (`compile --apply`: one command, rows stream into COPY as they render),
//   drizzle-seed (node-postgres), and the physical floor: `psql \copy` of seedforge's own CSVs in one transaction,
//   with foreign-key triggers on, and off (session_replication_role = replica).
// Every database command gets a fresh database (same DDL: the compiled schema.sql), dropped afterwards; every load
// is checked for its row counts. Runs are interleaved round-robin so background load spreads over all tools.
// Writes BENCHMARKS.md (or --report FILE). Not part of `npm test` (test/bench/ runs it at a tiny scale).
import { spawnSync } from 'node:child_process';
import { availableParallelism, cpus, freemem, loadavg, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countsAt } from './counts.mjs';
import { killRunning, measure, measurement, median, setNice } from './lib/measure.mjs';
import { TOOLS, USAGE, parseArgs } from './lib/options.mjs';
import { checkpoint, createDatabase, createRole, dropCreatedDatabases, floorScript, query, rowCounts, runFile, serverInfo } from './lib/pg.mjs';
import { summariseProfiles } from './lib/profile.mjs';
import { renderReport } from './lib/report.mjs';
import { evaluateTargets } from './lib/targets.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin', 'seedforge.js');
const config = join(root, 'bench', 'mock.config.ts');
const SCENARIO = 'bench';

/** One row per table: what a command costs before it handles any volume (start, config, schema, connect, ledger). */
const FIXED_COUNTS = Object.freeze({ users: 1, products: 1, orders: 1, order_items: 1, reviews: 1 });

const log = (message) => process.stderr.write(`[bench] ${message}\n`);

function sh(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr || result.stdout}`);
  return result.stdout;
}

function machine(db) {
  const server = serverInfo(db);
  const cpu = cpus()[0]?.model?.trim() ?? 'unknown';
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  // The report and its hand-written analysis change no figure: editing them does not make the tree dirty.
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no', '--', '.', ':!BENCHMARKS.md', ':!bench/analysis.md'], { cwd: root, encoding: 'utf8' }).stdout.trim().length > 0;
  const pkg = (name) => {
    try {
      return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
      return '?';
    }
  };
  return {
    cores: availableParallelism(),
    cpu,
    memoryGiB: totalmem() / 1024 ** 3,
    freeGiB: freemem() / 1024 ** 3,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    postgres: server.version,
    superuser: server.superuser,
    commit: commit ? `${commit}${dirty ? ' (with uncommitted changes in the tree)' : ''}` : 'unknown',
    drizzleSeed: pkg('drizzle-seed'),
    drizzleOrm: pkg('drizzle-orm'),
    pg: pkg('pg'),
    loadBefore: loadavg(),
  };
}

function countArgs(counts) {
  return Object.entries(counts).flatMap(([table, n]) => ['--count', `${table}=${n}`]);
}

function compileArgs(outDir, counts, extra = []) {
  return [cli, 'compile', '--config', config, '--scenario', SCENARIO, '--out', outDir, '--format', 'csv,sql', ...countArgs(counts), ...extra];
}

function readManifest(dir) {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
}

async function main() {
  const o = parseArgs(process.argv.slice(2), root);
  if (o.help) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  if (o.fromJson) {
    const figures = JSON.parse(readFileSync(o.fromJson, 'utf8'));
    figures.targets = evaluateTargets(figures);
    if (o.report) {
      writeFileSync(o.report, renderReport(figures));
      log(`wrote ${relative(process.cwd(), o.report) || o.report} from ${relative(process.cwd(), o.fromJson)}`);
    }
    process.stdout.write(renderSummary(figures));
    return figures;
  }
  const started = performance.now();
  const counts = countsAt(o.scale);
  const totalRows = Object.values(counts).reduce((a, b) => a + b, 0);
  const work = join(root, '.tmp', `bench-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const cleanup = () => {
    killRunning();
    dropCreatedDatabases(o.db);
    if (!o.keep) rmSync(work, { recursive: true, force: true });
  };
  process.once('SIGINT', () => {
    log('interrupted: cleaning up');
    cleanup();
    process.exit(130);
  });
  try {
    return await bench(o, { counts, totalRows, work, started });
  } finally {
    cleanup();
  }
}

async function bench(o, { counts, totalRows, work, started }) {
  const timeoutMs = o.timeoutS * 1000;
  // seedforge's cache of schema.sql and the typed files lives in the work directory: it starts empty, the untimed
  // compile below fills it (as a user's first compile does), and the -cold commands bypass it with --no-cache.
  const env = { ...process.env, SEEDFORGE_ENV: 'local', NO_COLOR: '1', FORCE_COLOR: '0', SEEDFORGE_CACHE_DIR: join(work, 'cache') };
  delete env.SEEDFORGE_CACHE;
  delete env.DATABASE_URL; // every seedforge command gets --db explicitly
  const has = (tool) => o.only.includes(tool);
  if (o.nice !== undefined) {
    const probe = spawnSync('nice', ['-n', String(o.nice), 'true']);
    if (probe.status !== 0) throw new Error(`nice -n ${o.nice} is not permitted here`);
    setNice(o.nice);
  }

  if (o.build) {
    log('npm run build');
    sh('npm', ['run', '--silent', 'build']);
  }
  if (!existsSync(join(root, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run npm run build (or drop --no-build)');
  const info = machine(o.db);
  log(`scale ${o.scale}: ${totalRows} rows; ${o.runs} run(s) each (drizzle-seed ${o.drizzleRuns}); ${info.cores} cores, node ${info.node}, PostgreSQL ${info.postgres}`);

  // The artifacts apply and psql load, compiled once (untimed; also warms the file cache like a user's second run).
  const artifacts = join(work, 'artifacts');
  log('preparing artifacts (untimed compile)');
  await measure(process.execPath, compileArgs(artifacts, counts), { cwd: root, env, timeoutMs, label: 'prepare compile' });
  const artifactDir = join(artifacts, SCENARIO);
  const manifest = readManifest(artifactDir);
  const manifestRows = Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]));
  for (const [table, n] of Object.entries(counts)) {
    if (manifestRows[table] !== n) throw new Error(`compiled ${table}: ${manifestRows[table]} rows, expected ${n}`);
  }
  const schemaSql = join(artifactDir, 'schema.sql');
  const fixedArtifacts = join(work, 'artifacts-fixed');
  if (has('apply-fixed')) await measure(process.execPath, compileArgs(fixedArtifacts, FIXED_COUNTS), { cwd: root, env, timeoutMs, label: 'prepare compile (fixed)' });
  const artifactBytes = manifest.tables.reduce((n, t) => n + (t.files?.csv?.bytes ?? 0), 0);
  writeFileSync(join(work, 'floor-plain.sql'), floorScript(artifactDir, manifest, false));
  writeFileSync(join(work, 'floor-relaxed.sql'), floorScript(artifactDir, manifest, true));

  // drizzle-seed's runner, bundled once like seedforge's own CLI (no TypeScript transpilation while timed).
  const drizzleRunner = join(work, 'drizzle-seed.mjs');
  if (has('drizzle-seed')) {
    const esbuild = await import('esbuild');
    await esbuild.build({ entryPoints: [join(root, 'bench', 'drizzle-seed.ts')], outfile: drizzleRunner, bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning' });
  }

  // apply-owner loads as a role that is no superuser and may not set session_replication_role, as an application's
  // own role on a managed server: it owns the tables (it created them), so their foreign keys come off for the load.
  const owner = has('apply-owner') ? createRole(o.db) : undefined;

  /**
   * A fresh database with the compiled DDL; `run` measures the load; row counts are verified; dropped after. With
   * `role`, the role creates the tables (owning them) and `run` gets the database's URL as that role.
   */
  const withDatabase = async (label, run, expected = counts, role = undefined) => {
    const db = createDatabase(o.db);
    try {
      if (role) query(db.url, `GRANT CREATE ON DATABASE "${db.name}" TO "${role.name}"; GRANT ALL ON SCHEMA public TO "${role.name}"`);
      runFile(role ? role.as(db.url) : db.url, schemaSql);
      checkpoint(db.url);
      const result = await run(role ? role.as(db.url) : db.url);
      const loaded = rowCounts(db.url, Object.keys(expected));
      for (const [table, n] of Object.entries(expected)) {
        if (loaded[table] !== n) throw new Error(`${label}: ${table} has ${loaded[table]} rows after the load, expected ${n}`);
      }
      return result;
    } finally {
      db.drop();
    }
  };

  const applyArgs = (dir, url) => [cli, 'apply', join(dir, SCENARIO), '--db', url, '--yes'];
  const checksums = new Map();
  const compileRun = (tool, extra, rows = counts) => async () => {
    const out = join(work, `out-${tool}`);
    rmSync(out, { recursive: true, force: true });
    const r = await measure(process.execPath, compileArgs(out, rows, extra), { cwd: root, env, timeoutMs, label: tool });
    if (rows === counts) checksums.set(tool, readManifest(join(out, SCENARIO)).checksum);
    rmSync(out, { recursive: true, force: true });
    return r;
  };
  // compile --apply: the compile row's command plus the load, in one process, into a fresh database. Its own output
  // directory (not compile+apply's out-compile-apply); its artifacts join the checksums, as they must equal compile's.
  const compileApplyRun = (tool) => async () => {
    const out = join(work, 'out-compile--apply');
    rmSync(out, { recursive: true, force: true });
    const r = await withDatabase(tool, (url) => measure(process.execPath, compileArgs(out, counts, ['--apply', '--db', url, '--yes']), { cwd: root, env, timeoutMs, label: tool }));
    checksums.set(tool, readManifest(join(out, SCENARIO)).checksum);
    rmSync(out, { recursive: true, force: true });
    return r;
  };
  const measures = {
    startup: () => measure(process.execPath, [cli, '--version'], { cwd: root, env, timeoutMs, label: 'startup' }),
    'compile-fixed-cold': compileRun('compile-fixed-cold', ['--workers', '1', '--no-cache'], FIXED_COUNTS),
    'compile-fixed': compileRun('compile-fixed', ['--workers', '1'], FIXED_COUNTS),
    'compile-cold': compileRun('compile-cold', ['--no-cache']),
    compile: compileRun('compile', []),
    'compile-w1': compileRun('compile-w1', ['--workers', '1']),
    'compile-w2': compileRun('compile-w2', ['--workers', '2']),
    'apply-fixed': () => withDatabase('apply-fixed', (url) => measure(process.execPath, applyArgs(fixedArtifacts, url), { cwd: root, env, timeoutMs, label: 'apply-fixed' }), FIXED_COUNTS),
    apply: () => withDatabase('apply', (url) => measure(process.execPath, applyArgs(artifacts, url), { cwd: root, env, timeoutMs, label: 'apply' })),
    'apply-owner': () => withDatabase('apply-owner', (url) => measure(process.execPath, applyArgs(artifacts, url), { cwd: root, env, timeoutMs, label: 'apply-owner' }), counts, owner),
    'compile+apply': async () => {
      const out = join(work, 'out-compile-apply');
      rmSync(out, { recursive: true, force: true });
      const q = (s) => `'${s.replaceAll("'", "'\\''")}'`;
      const r = await withDatabase('compile+apply', (url) => {
        const line = [[process.execPath, ...compileArgs(out, counts)], [process.execPath, ...applyArgs(out, url)]].map((c) => c.map(q).join(' ')).join(' && ');
        return measure('sh', ['-c', line], { cwd: root, env, timeoutMs, label: 'compile+apply' });
      });
      rmSync(out, { recursive: true, force: true });
      return r;
    },
    'compile-apply': compileApplyRun('compile-apply'),
    psql: () => withDatabase('psql', (url) => measure('psql', ['-X', '-q', '-d', url, '-f', join(work, 'floor-plain.sql')], { cwd: root, env, timeoutMs, label: 'psql' })),
    'psql-relaxed': () => withDatabase('psql-relaxed', (url) => measure('psql', ['-X', '-q', '-d', url, '-f', join(work, 'floor-relaxed.sql')], { cwd: root, env, timeoutMs, label: 'psql-relaxed' })),
    'drizzle-seed': () => withDatabase('drizzle-seed', (url) => measure(process.execPath, [drizzleRunner, url, JSON.stringify(counts), '1'], { cwd: root, env, timeoutMs, label: 'drizzle-seed' })),
  };

  const results = Object.fromEntries(o.only.map((t) => [t, []]));
  const rounds = Math.max(o.runs, has('drizzle-seed') ? o.drizzleRuns : 0);
  for (let r = 0; r < rounds; r++) {
    for (const tool of TOOLS) {
      if (!has(tool)) continue;
      if (r >= (tool === 'drizzle-seed' ? o.drizzleRuns : o.runs)) continue;
      const result = await measures[tool]();
      results[tool].push(result);
      log(`run ${r + 1}/${rounds} ${tool.padEnd(13)} ${(result.ms / 1000).toFixed(2).padStart(8)} s  ${(result.peakRss / 1024 ** 2).toFixed(0).padStart(5)} MB  cpu ${result.cpuMs === undefined ? '?' : (result.cpuMs / 1000).toFixed(2)} s  server cpu ${result.serverCpuMs === undefined ? '?' : (result.serverCpuMs / 1000).toFixed(2)} s  host busy ${result.hostBusyCores?.toFixed(2) ?? '?'} cores`);
    }
  }

  // Does apply relax FK checks? Its progress log says so when it verifies foreign keys after loading.
  const applyLog = (results.apply ?? []).map((r) => r.stderr + r.stdout).join('\n');
  const detectedRelaxed = /verif\w*\s+(the\s+)?foreign[- ]keys|session_replication_role|replica|relax\w*\s+(fk|foreign)/i.test(applyLog);
  const applyFk = o.applyFk === 'auto' ? (detectedRelaxed ? 'relaxed' : 'on') : o.applyFk;

  const summary = {};
  for (const [tool, runs] of Object.entries(results)) {
    if (runs.length === 0) continue;
    const times = runs.map((r) => r.ms);
    const mid = runs.find((r) => r.ms === median(times)) ?? [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];
    summary[tool] = {
      runs: runs.length,
      medianMs: median(times),
      minMs: Math.min(...times),
      maxMs: Math.max(...times),
      peakRss: Math.max(...runs.map((r) => r.peakRss)),
      cpuMs: runs.every((r) => r.cpuMs !== undefined) ? median(runs.map((r) => r.cpuMs)) : undefined,
      serverCpuMs: runs.every((r) => r.serverCpuMs !== undefined) ? median(runs.map((r) => r.serverCpuMs)) : undefined,
      mainThreadCpuMs: runs.every((r) => r.mainThreadCpuMs !== undefined) ? median(runs.map((r) => r.mainThreadCpuMs)) : undefined,
      otherThreadsCpuMs: runs.every((r) => r.otherThreadsCpuMs !== undefined) ? median(runs.map((r) => r.otherThreadsCpuMs)) : undefined,
      hostBusyCores: runs.every((r) => r.hostBusyCores !== undefined) ? runs.reduce((n, r) => n + r.hostBusyCores, 0) / runs.length : undefined,
      rows: tool === 'startup' ? 0 : tool.includes('-fixed') ? Object.keys(FIXED_COUNTS).length : totalRows,
      command: mid.command.replaceAll(root + '/', '').replaceAll(work, '$WORK').replace(process.execPath, 'node'),
      timeline: tool === 'apply' || tool === 'compile' ? mid.lines.map((l) => ({ t: Math.round(l.t), line: l.line })) : undefined,
    };
  }

  // Memory at a large scale: one compile (and apply) run.
  let memory;
  if (o.memoryScale !== undefined) {
    const big = countsAt(o.memoryScale);
    const bigRows = Object.values(big).reduce((a, b) => a + b, 0);
    const out = join(work, 'out-memory');
    log(`memory scale ${o.memoryScale}: compiling ${bigRows} rows once`);
    const c = await measure(process.execPath, compileArgs(out, big), { cwd: root, env, timeoutMs: Math.max(timeoutMs, 3_600_000), label: 'compile (memory scale)' });
    memory = { scale: o.memoryScale, rows: bigRows, compile: { ms: c.ms, peakRss: c.peakRss, cpuMs: c.cpuMs } };
    log(`memory scale compile: ${(c.ms / 1000).toFixed(1)} s, ${(c.peakRss / 1024 ** 2).toFixed(0)} MB`);
    // The same without the cache (a first compile: drizzle-kit and TypeScript load on the side threads).
    const cold = join(work, 'out-memory-cold');
    const cc = await measure(process.execPath, compileArgs(cold, big, ['--no-cache']), { cwd: root, env, timeoutMs: Math.max(timeoutMs, 3_600_000), label: 'compile --no-cache (memory scale)' });
    rmSync(cold, { recursive: true, force: true });
    memory.compileCold = { ms: cc.ms, peakRss: cc.peakRss, cpuMs: cc.cpuMs };
    log(`memory scale compile --no-cache: ${(cc.ms / 1000).toFixed(1)} s, ${(cc.peakRss / 1024 ** 2).toFixed(0)} MB`);
    // One rendering thread at the same scale: where the fixed costs no longer dominate, what a second thread buys.
    const single = join(work, 'out-memory-w1');
    const c1 = await measure(process.execPath, compileArgs(single, big, ['--workers', '1']), { cwd: root, env, timeoutMs: Math.max(timeoutMs, 3_600_000), label: 'compile --workers 1 (memory scale)' });
    rmSync(single, { recursive: true, force: true });
    memory.compileW1 = { ms: c1.ms, peakRss: c1.peakRss, cpuMs: c1.cpuMs };
    log(`memory scale compile --workers 1: ${(c1.ms / 1000).toFixed(1)} s, ${(c1.peakRss / 1024 ** 2).toFixed(0)} MB`);
    // One load at the memory scale into a fresh database with the compiled schema, checked for its row counts.
    const loadOnce = async (label, args) => {
      const db = createDatabase(o.db);
      try {
        runFile(db.url, join(out, SCENARIO, 'schema.sql'));
        checkpoint(db.url);
        const r = await measure(process.execPath, args(db.url), { cwd: root, env, timeoutMs: Math.max(timeoutMs, 3_600_000), label: `${label} (memory scale)` });
        const loaded = rowCounts(db.url, Object.keys(big));
        for (const [table, n] of Object.entries(big)) if (loaded[table] !== n) throw new Error(`${label} (memory scale): ${table} has ${loaded[table]} rows, expected ${n}`);
        log(`memory scale ${label}: ${(r.ms / 1000).toFixed(1)} s, ${(r.peakRss / 1024 ** 2).toFixed(0)} MB`);
        return { ms: r.ms, peakRss: r.peakRss, cpuMs: r.cpuMs };
      } finally {
        db.drop();
      }
    };
    if (o.memoryApply) memory.apply = await loadOnce('apply', (url) => applyArgs(out, url));
    if (o.memoryApply && has('compile-apply')) {
      const streamed = join(work, 'out-memory-apply');
      try {
        memory.compileApply = await loadOnce('compile --apply', (url) => compileArgs(streamed, big, ['--apply', '--db', url, '--yes']));
      } finally {
        rmSync(streamed, { recursive: true, force: true });
      }
    }
    rmSync(out, { recursive: true, force: true });
  }

  // Where the time goes: CPU profiles of compile (1 and 2 workers) and apply at the bench scale (untimed).
  const profiles = {};
  if (o.profile) {
    const profiled = async (name, args, label, db) => {
      const dir = join(work, `prof-${name}`);
      rmSync(dir, { recursive: true, force: true });
      await measure(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...args], { cwd: root, env, timeoutMs, label });
      profiles[name] = { command: `node --cpu-prof ${args.join(' ').replaceAll(root + '/', '').replaceAll(work, '$WORK')}`, ...summariseProfiles(dir, { root }) };
    };
    if (has('compile') || has('compile-w1') || has('compile-w2')) {
      log('profiling compile --workers 1 and --workers 2');
      await profiled('compile-w1', compileArgs(join(work, 'out-prof'), counts, ['--workers', '1']), 'profile compile w1');
      await profiled('compile-w2', compileArgs(join(work, 'out-prof'), counts, ['--workers', '2']), 'profile compile w2');
      rmSync(join(work, 'out-prof'), { recursive: true, force: true });
    }
    if (has('apply')) {
      log('profiling apply');
      await withDatabase('profile apply', (url) => profiled('apply', applyArgs(artifacts, url), 'profile apply'));
    }
  }

  const figures = {
    pid: process.pid,
    command: `npm run bench --${process.argv.slice(2).length ? ' ' + process.argv.slice(2).join(' ') : ''}`.replace(/ --$/, ''),
    date: new Date().toISOString().slice(0, 10),
    scale: o.scale,
    counts,
    totalRows,
    artifactBytes,
    runs: o.runs,
    drizzleRuns: o.drizzleRuns,
    machine: { ...info, loadAfter: loadavg() },
    measurement: measurement.method,
    nice: o.nice,
    applyFk,
    applyFkSource: o.applyFk === 'auto' ? 'detected from apply\'s log' : '--apply-fk',
    checksums: Object.fromEntries(checksums),
    summary,
    memory,
    profiles,
    wallS: (performance.now() - started) / 1000,
  };
  figures.targets = evaluateTargets(figures);
  const distinct = new Set(checksums.values());
  if (distinct.size > 1) log(`WARNING: compile output differs between worker counts (or with --apply): ${JSON.stringify(figures.checksums)}`);

  if (o.json) writeFileSync(o.json, JSON.stringify(figures, null, 2) + '\n');
  if (o.report) {
    writeFileSync(o.report, renderReport(figures));
    log(`wrote ${relative(process.cwd(), o.report) || o.report}`);
  }
  process.stdout.write(renderSummary(figures));
  return figures;
}

function renderSummary(f) {
  const lines = [`seedforge bench, scale ${f.scale} (${f.totalRows} rows), median of ${f.runs}:`];
  for (const [tool, s] of Object.entries(f.summary)) {
    lines.push(`  ${tool.padEnd(14)} ${(s.medianMs / 1000).toFixed(2).padStart(8)} s  ${(s.peakRss / 1024 ** 2).toFixed(0).padStart(5)} MB${s.rows > 5 ? `  ${Math.round((s.rows * 1000) / s.medianMs).toLocaleString('en-US').padStart(10)} rows/s` : ''}`);
  }
  for (const t of f.targets) lines.push(`  target: ${t.name}: ${t.status}${t.detail ? ` (${t.detail})` : ''}`);
  return lines.join('\n') + '\n';
}

main().catch((error) => {
  process.stderr.write(`[bench] failed: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
