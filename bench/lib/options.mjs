// The harness's command line: which commands it can time, and what each option does.
import { join, resolve } from 'node:path';

export const TOOLS = ['startup', 'compile-fixed-cold', 'compile-fixed', 'compile-cold', 'compile', 'compile-w1', 'compile-w2', 'apply-fixed', 'apply', 'apply-owner', 'compile+apply', 'compile-apply', 'psql', 'psql-relaxed', 'drizzle-seed'];

export const USAGE = `usage: npm run bench -- [options]
  --scale N           rows = 24,200 x N (default 1; the issue's targets are defined at 40)
  --runs N            timed runs per command, median reported (default 3)
  --drizzle-runs N    runs of drizzle-seed (default: --runs)
  --memory-scale N    also compile (and apply) once at scale N for peak RSS (e.g. 400 = 9.7M rows)
  --memory-compile-only  at --memory-scale, compile only (skip the apply)
  --only LIST         comma-separated subset of: ${TOOLS.join(', ')}
  --db URL            admin connection (default: DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres)
  --apply-fk MODE     how apply treats FK checks, for the matching floor: auto (default; from apply's log), on, relaxed
  --report FILE       where to write the report (default: BENCHMARKS.md; "-" for none)
  --json FILE         also write the raw figures as JSON
  --nice N            run every measured command under nice -n N (e.g. -10 on a shared machine; the server is not reniced)
  --no-profile        skip the CPU profiles
  --no-build          use the existing dist/ (default: npm run build first)
  --timeout S         per-command limit in seconds (default 900)
  --keep              keep the work directory (.tmp/bench-<pid>)
  --from-json FILE    measure nothing: re-render the report from a --json file (e.g. after editing bench/analysis.md)`;

/** The options, or `help: true` for -h / --help. `root` is the repository (the default report lives there). */
export function parseArgs(argv, root) {
  const o = { scale: 1, runs: 3, drizzleRuns: undefined, memoryScale: undefined, memoryApply: true, only: [...TOOLS], db: process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres', applyFk: 'auto', report: join(root, 'BENCHMARKS.md'), json: undefined, profile: true, build: true, timeoutS: 900, keep: false };
  const number = (flag, v, { min = 0, integer = false } = {}) => {
    const n = Number(v);
    if (v === undefined || !Number.isFinite(n) || n <= min || (integer && !Number.isInteger(n))) throw new Error(`${flag} takes a ${integer ? 'whole ' : ''}number above ${min} (got "${v}")`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    switch (a) {
      case '--scale': o.scale = number(a, next()); break;
      case '--runs': o.runs = number(a, next(), { integer: true }); break;
      case '--drizzle-runs': o.drizzleRuns = number(a, next(), { integer: true }); break;
      case '--memory-scale': o.memoryScale = number(a, next()); break;
      case '--memory-compile-only': o.memoryApply = false; break;
      case '--only': {
        const list = (next() ?? '').split(',').map((s) => s.trim()).filter(Boolean);
        const bad = list.filter((t) => !TOOLS.includes(t));
        if (bad.length > 0 || list.length === 0) throw new Error(`--only takes ${TOOLS.join(', ')} (got "${bad.join(',')}")`);
        o.only = list;
        break;
      }
      case '--db': o.db = next(); break;
      case '--apply-fk': {
        o.applyFk = next();
        if (!['auto', 'on', 'relaxed'].includes(o.applyFk)) throw new Error('--apply-fk takes auto, on or relaxed');
        break;
      }
      case '--report': { const v = next(); o.report = v === '-' ? undefined : resolve(v); break; }
      case '--json': o.json = resolve(next()); break;
      case '--nice': {
        const v = Number(next());
        if (!Number.isInteger(v) || v < -20 || v > 19) throw new Error('--nice takes a whole number from -20 to 19');
        o.nice = v;
        break;
      }
      case '--no-profile': o.profile = false; break;
      case '--no-build': o.build = false; break;
      case '--timeout': o.timeoutS = number(a, next()); break;
      case '--keep': o.keep = true; break;
      case '--from-json': o.fromJson = resolve(next()); break;
      case '-h': case '--help': o.help = true; break;
      default: throw new Error(`unknown option ${a}\n${USAGE}`);
    }
  }
  o.drizzleRuns ??= o.runs;
  return o;
}
