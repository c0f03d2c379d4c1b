import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import type { Database } from '../../runtime/connection.ts';
import type { EnvironmentName, EnvironmentSource } from '../../runtime/environment.ts';
import type { SeedProblem, SeedRunEvent, SeedStatusEntry } from '../../runtime/seed-files/index.ts';
import { out } from '../output.ts';
import type { CommandModule, SetExitCode } from './index.ts';

interface CommonFlags {
  db?: string;
  env?: string;
  dir?: string;
}

interface RunFlags extends CommonFlags {
  fresh?: boolean;
  force?: boolean;
  dryRun?: boolean;
  yes?: boolean;
  json?: boolean;
}

/**
 * `seedforge seed ...`: SQL seed files per environment (seeds/all, seeds/local, seeds/staging, seeds/production).
 * `seedforge seed` alone runs them.
 */
export const registerSeed: CommandModule = (program, setExitCode) => {
  const seed = program
    .command('seed')
    .description('SQL seed files per environment: seeds/all, then seeds/<environment>; tracked, templated, run once')
    .addHelpText('after', '\n`seedforge seed` alone is `seedforge seed run`.');

  withCommon(seed.command('init'))
    .description('create seeds/ with templates for roles, an admin user and app config')
    .action(async (flags: CommonFlags) => {
      if (flags.env !== undefined) await detect(flags);
      const { initSeeds } = await import('../../runtime/seed-files/index.ts');
      const { created, skipped } = initSeeds({ cwd: process.cwd(), dir: flags.dir });
      for (const path of created) out.line(`created ${path}`);
      for (const path of skipped) out.line(`kept    ${path} (exists)`);
      if (created.some((p) => p.endsWith('.sql'))) {
        out.line('');
        out.line('Edit the templates to match your tables. 002_admin_user.sql needs ADMIN_EMAIL and ADMIN_PASSWORD');
        out.line('(in the environment or .env). Then: seedforge seed run');
      }
      setExitCode(0);
    });

  withCommon(seed.command('create <name>'))
    .description('create the next numbered seed file in seeds/all (or the --env folder)')
    .action(async (name: string, flags: CommonFlags) => {
      const { createSeedFile } = await import('../../runtime/seed-files/index.ts');
      const path = createSeedFile({ cwd: process.cwd(), dir: flags.dir, name, folder: flags.env ?? 'all' });
      out.line(`created ${path}`);
      setExitCode(0);
    });

  withCommon(seed.command('list'))
    .description('list the seed files, in the order they run in this environment')
    .option('--json', 'print the list as JSON')
    .action(async (flags: CommonFlags & { json?: boolean }) => {
      const environment = await detect(flags);
      const { listSeedFiles } = await import('../../runtime/seed-files/index.ts');
      const report = listSeedFiles({ cwd: process.cwd(), dir: flags.dir, environment: environment.name });
      if (flags.json) {
        out.json(report);
        setExitCode(0);
        return;
      }
      printWarnings(report.warnings);
      const here = report.files.filter((f) => f.runsHere);
      const elsewhere = report.files.filter((f) => !f.runsHere);
      out.line(`Seed files for ${describeEnvironment(environment)}, in run order (all, then ${environment.name}):`);
      if (here.length === 0) out.line('  (none)');
      const width = Math.max(0, ...report.files.map((f) => f.name.length));
      for (const file of here) printListEntry(file, width);
      if (elsewhere.length > 0) {
        out.line('');
        out.line(`Not run in ${environment.name}:`);
        for (const file of elsewhere) printListEntry(file, width);
      }
      setExitCode(here.some((f) => f.problems.some((p) => p.severity === 'error')) ? 1 : 0);
    });

  withCommon(seed.command('status'))
    .description('what ran where: each seed file, whether it ran against this database, when, in which environment')
    .option('--json', 'print the status as JSON')
    .action(async (flags: CommonFlags & { json?: boolean }) => {
      const environment = await detect(flags);
      const { seedFileStatus } = await import('../../runtime/seed-files/index.ts');
      await withDatabase(flags, async (db) => {
        const report = await seedFileStatus({ db, cwd: process.cwd(), dir: flags.dir, environment: environment.name });
        if (flags.json) {
          out.json(report);
          return;
        }
        printWarnings(report.warnings);
        printStatus(report.entries, environment, report.database);
      });
      setExitCode(0);
    });

  const run = withCommon(seed.command('run [name]', { isDefault: true }))
    .description('run the seed files that have not run yet (or changed), each in its own transaction')
    .option('--fresh', 'forget what ran and run every file again (asks first; --yes when not in a terminal)')
    .option('--force', 'also re-run changed files that are not idempotent')
    .option('--dry-run', 'show what would run; write nothing')
    .option('-y, --yes', 'confirm --fresh without asking')
    .option('--json', 'print the result as JSON');
  run.action(async (name: string | undefined, flags: RunFlags) => {
    await runCommand(name, flags, setExitCode);
  });

  withCommon(seed.command('extract <table>'))
    .description('write an idempotent seed file (INSERT ... ON CONFLICT DO UPDATE) from live rows, in primary-key order')
    .option('--where <sql>', "only rows matching this SQL condition, e.g. \"role = 'admin'\"")
    .option('-o, --out <file>', 'write to this file (default: standard output)')
    .action(async (table: string, flags: CommonFlags & { where?: string; out?: string }) => {
      if (flags.env !== undefined) await detect(flags);
      const { extractSeedFile, parseFolderName } = await import('../../runtime/seed-files/index.ts');
      const outPath = flags.out ? resolve(process.cwd(), flags.out) : undefined;
      const folder = outPath ? parseFolderName(basename(dirname(outPath))) : undefined;
      const command = ['seedforge seed extract', table, flags.where !== undefined ? `--where ${JSON.stringify(flags.where)}` : '']
        .filter(Boolean)
        .join(' ');
      await withDatabase(flags, async (db) => {
        const result = await extractSeedFile({ db, table, where: flags.where, environment: folder, command });
        if (!outPath) {
          process.stdout.write(result.sql);
          return;
        }
        mkdirSync(dirname(outPath), { recursive: true });
        writeFileSync(outPath, result.sql);
        out.error(`wrote ${relative(process.cwd(), outPath)}: ${result.rows} row(s) of ${result.schema}.${result.table}`);
      });
      setExitCode(0);
    });
};

function withCommon(command: Command): Command {
  return command
    .option('--db <url>', 'database URL (default: DATABASE_URL, else the embedded database in .seedforge/pglite)')
    .option('--env <name>', 'environment: local, staging or production (default: SEEDFORGE_ENV, then NODE_ENV, else local)')
    .option('--dir <path>', 'seeds directory (default: seeds)');
}

async function runCommand(name: string | undefined, flags: RunFlags, setExitCode: SetExitCode): Promise<void> {
  const environment = await detect(flags);
  const { runSeedFiles } = await import('../../runtime/seed-files/index.ts');
  await withDatabase(flags, async (db) => {
    const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
    const result = await runSeedFiles({
      db,
      cwd: process.cwd(),
      dir: flags.dir,
      environment: environment.name,
      only: name,
      fresh: flags.fresh,
      force: flags.force,
      dryRun: flags.dryRun,
      yes: flags.yes,
      confirm: interactive ? confirm : undefined,
      onEvent: flags.json || flags.dryRun ? undefined : (event) => printEvent(event),
    });
    if (flags.json) {
      out.json({
        environment: result.environment,
        database: db.description,
        dryRun: result.dryRun,
        files: result.plan.map((p) => ({ name: p.file.name, action: p.action, reason: p.reason })),
        applied: result.applied,
      });
      setExitCode(result.plan.some((p) => p.action === 'refuse') ? 1 : 0);
      return;
    }
    printWarnings(result.warnings);
    const toRun = result.plan.filter((p) => p.action === 'run');
    const refused = result.plan.filter((p) => p.action === 'refuse');
    if (result.dryRun) {
      out.line(`Dry run for ${describeEnvironment(environment)} on ${db.description}: nothing was written.`);
      for (const p of result.plan) out.line(`  ${p.action === 'run' ? 'would run' : p.action === 'skip' ? 'skip     ' : 'REFUSED  '}  ${p.file.name}  (${p.reason})`);
      out.line(`${toRun.length} file(s) would run, ${result.plan.length - toRun.length - refused.length} unchanged${refused.length > 0 ? `, ${refused.length} refused (use --force)` : ''}.`);
      setExitCode(refused.length > 0 ? 1 : 0);
      return;
    }
    if (result.applied.length === 0) {
      out.line(
        result.plan.length === 0
          ? `No seed files for ${environment.name}: nothing to run.`
          : `Nothing to run: all ${result.plan.length} seed file(s) for ${environment.name} are up to date on ${db.description}.`,
      );
    } else {
      const skipped = result.plan.length - result.applied.length;
      out.line(`Applied ${result.applied.length} seed file(s) for ${environment.name} on ${db.description}${skipped > 0 ? `; ${skipped} unchanged` : ''}.`);
    }
    setExitCode(0);
  });
}

async function detect(flags: CommonFlags): Promise<{ name: EnvironmentName; source: EnvironmentSource }> {
  const { resolveEnvironment } = await import('../../runtime/environment.ts');
  return resolveEnvironment({ flag: flags.env, env: process.env });
}

async function withDatabase(flags: CommonFlags, fn: (db: Database) => Promise<void>): Promise<void> {
  const { connect, resolveTarget } = await import('../../runtime/connection.ts');
  const db = await connect(resolveTarget({ db: flags.db, env: process.env, cwd: process.cwd() }), { onWait: (m) => out.error(m) });
  try {
    await fn(db);
  } finally {
    await db.close();
  }
}

async function confirm(question: string): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await rl.question(`${question} [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

function describeEnvironment(environment: { name: EnvironmentName; source: EnvironmentSource }): string {
  return environment.source === 'default' ? environment.name : `${environment.name} (from ${environment.source})`;
}

function printEvent(event: SeedRunEvent): void {
  switch (event.type) {
    case 'skip':
      out.line(`  skip     ${event.file.name}  (${event.reason})`);
      break;
    case 'start':
      process.stdout.write(`  run      ${event.file.name}  (${event.reason}) ... `);
      break;
    case 'applied':
      out.line(`done in ${Math.round(event.durationMs)} ms`);
      break;
    case 'failed':
      out.line('FAILED (rolled back)');
      break;
    case 'wait':
      out.error(event.message);
      break;
  }
}

function printWarnings(problems: SeedProblem[]): void {
  for (const p of problems.filter((x) => x.severity === 'warning')) out.error(`warning: ${p.message}${p.hint ? ` (${p.hint})` : ''}`);
}

function printListEntry(
  file: { name: string; order: number | undefined; idempotent: boolean; description: string | undefined; variables: string[]; hashedVariables: string[]; problems: SeedProblem[] },
  width: number,
): void {
  const order = file.order === undefined ? '   ' : String(file.order).padStart(3);
  const kind = file.idempotent ? 'idempotent' : 'run once  ';
  const needs = [...file.variables, ...file.hashedVariables.map((v) => `hash:${v}`)];
  out.line(`${order}  ${file.name.padEnd(width)}  ${kind}  ${file.description ?? ''}${needs.length > 0 ? `  [needs ${needs.join(', ')}]` : ''}`);
  for (const p of file.problems) {
    const where = p.source?.line ? `line ${p.source.line}: ` : '';
    out.line(`       ${p.severity}: ${where}${p.message}`);
  }
}

function printStatus(entries: SeedStatusEntry[], environment: { name: EnvironmentName; source: EnvironmentSource }, database: string): void {
  const width = Math.max(0, ...entries.map((e) => e.name.length));
  const line = (e: SeedStatusEntry, label: string = e.state): void => {
    const ran = e.record ? `ran ${e.record.appliedAt.toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z')} in ${e.record.environment}, ${e.record.durationMs} ms` : '';
    const detail = e.state === 'applied' ? ran : [e.reason, ran ? `(last ${ran})` : ''].filter(Boolean).join(' ');
    out.line(`  ${label.padEnd(9)}  ${e.name.padEnd(width)}  ${detail}`);
  };
  out.line(`Seed files for ${describeEnvironment(environment)} on ${database}:`);
  const here = entries.filter((e) => e.runsHere && e.state !== 'missing');
  if (here.length === 0) out.line('  (none)');
  for (const e of here) line(e);
  const other = entries.filter((e) => !e.runsHere && e.state !== 'missing');
  if (other.length > 0) {
    out.line('');
    out.line(`Other environments' folders (not run in ${environment.name}):`);
    for (const e of other) line(e, e.record ? 'applied' : 'not run');
  }
  const gone = entries.filter((e) => e.state === 'missing');
  if (gone.length > 0) {
    out.line('');
    out.line('Recorded in the database, but gone from disk:');
    for (const e of gone) line(e);
  }
  const pending = here.filter((e) => e.state === 'pending' || e.state === 'changed').length;
  const blocked = here.filter((e) => e.state === 'refused' || e.state === 'invalid').length;
  out.line('');
  out.line(
    pending + blocked === 0
      ? `Up to date: nothing to run for ${environment.name}.`
      : `${pending} file(s) to run${blocked > 0 ? `, ${blocked} blocked (refused or invalid)` : ''}: seedforge seed run${environment.source === '--env' ? ` --env ${environment.name}` : ''}`,
  );
}
