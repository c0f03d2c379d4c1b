import type { Command } from 'commander';
import { out } from '../output.ts';
import type { CommandModule } from './index.ts';

/** `seedforge env`: the detected environment; `seedforge env mark <name>` records one inside a database. */
export const registerEnv: CommandModule = (program: Command, setExitCode) => {
  const env = program
    .command('env')
    .description('show the environment seedforge detects, and the mark recorded in the database')
    .option('--db <url>', 'database URL (default: DATABASE_URL, else the embedded database in .seedforge/pglite)')
    .option('--env <name>', 'environment flag to resolve, as other commands would')
    .option('--json', 'print as JSON')
    .action(async (flags: { db?: string; env?: string; json?: boolean }) => {
      const { resolveEnvironment, readDatabaseMark } = await import('../../runtime/environment.ts');
      const { missingEmbeddedDatabase, openDatabase } = await import('../../runtime/open-database.ts');
      const local = resolveEnvironment({ flag: flags.env, env: process.env });
      const missing = missingEmbeddedDatabase({ db: flags.db });
      const { mark, target } = missing
        ? { mark: null, target: `${missing} (not created yet)` }
        : await openDatabase({ db: flags.db }, async (db) => ({ mark: await readDatabaseMark(db), target: db.description }));
      if (flags.json) out.json({ environment: local.name, source: local.source, database: target, mark });
      else {
        out.line(`environment: ${local.name} (${local.source === 'default' ? 'default' : `from ${local.source}`})`);
        out.line(`database:    ${target}, ${mark ? `marked ${mark}` : 'not marked'}`);
      }
      setExitCode(0);
    });

  env
    .command('mark')
    .description('record the environment inside the target database; mock data is refused in a database marked production')
    .argument('<environment>', 'local, staging or production')
    .option('--db <url>', 'database URL (default: DATABASE_URL, else the embedded database in .seedforge/pglite)')
    .action(async (name: string, flags: { db?: string }, command: Command) => {
      const { markDatabase, parseEnvironmentName } = await import('../../runtime/environment.ts');
      const { openDatabase } = await import('../../runtime/open-database.ts');
      const { withLock } = await import('../../runtime/lock.ts');
      const environment = parseEnvironmentName(name);
      const db = flags.db ?? (command.parent?.opts() as { db?: string } | undefined)?.db;
      const target = await openDatabase({ db }, async (database) => {
        await withLock(database, (tx) => markDatabase(tx, environment), { onWait: (m) => out.error(m) });
        return database.description;
      });
      out.line(`Marked ${target} as ${environment}.${environment === 'production' ? ' seedforge will refuse mock data there.' : ''}`);
      setExitCode(0);
    });
};
