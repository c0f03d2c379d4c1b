import type { Database } from '../connection.ts';
import type { EnvironmentName } from '../environment.ts';
import { discoverSeedFiles, foldersFor, type SeedFolder } from './layout.ts';
import { planOne } from './plan.ts';
import { prepareSeedFiles, type PreparedSeedFile } from './prepare.ts';
import { SeedFileErrorCodes, throwIfErrors, type SeedProblem } from './problems.ts';
import { readSeedFileRecords, type SeedFileRecord } from './tracking.ts';
import { loadSeedVariables, type SeedVariables } from './variables.ts';

/** One seed file as `seed list` shows it: no database needed. */
export interface SeedListEntry {
  name: string;
  display: string;
  folder: SeedFolder;
  /** True when the file runs in the environment asked about. */
  runsHere: boolean;
  /** 1-based position in this environment's run order, or undefined when it does not run here. */
  order: number | undefined;
  description: string | undefined;
  idempotent: boolean;
  variables: string[];
  hashedVariables: string[];
  /** Header, placeholder and statement problems of this file (missing variables included). */
  problems: SeedProblem[];
}

export type SeedStatusState =
  /** Ran, and the file and its variables are as they were. */
  | 'applied'
  /** Runs here and never ran. */
  | 'pending'
  /** Ran before; changed and idempotent: the next run re-runs it. */
  | 'changed'
  /** Ran before; changed and not idempotent: the next run refuses it without --force. */
  | 'refused'
  /** The file has problems (a missing variable, a bad header): the next run stops before running anything. */
  | 'invalid'
  /** In another environment's folder and never ran against this database. */
  | 'other-environment'
  /** Recorded in the database, but the file is gone from disk. */
  | 'missing';

export interface SeedStatusEntry extends Omit<SeedListEntry, 'folder' | 'description' | 'idempotent' | 'variables' | 'hashedVariables'> {
  folder: string;
  description: string | undefined;
  idempotent: boolean | undefined;
  state: SeedStatusState;
  /** One line for people. */
  reason: string;
  /** What the database recorded: when it ran, in which environment, how long it took. */
  record: SeedFileRecord | undefined;
}

export interface SeedListReport {
  environment: EnvironmentName;
  files: SeedListEntry[];
  /** Problems with the seeds directory itself (stray files and folders). */
  warnings: SeedProblem[];
}

export interface SeedStatusReport {
  environment: EnvironmentName;
  database: string;
  entries: SeedStatusEntry[];
  warnings: SeedProblem[];
}

interface Loaded {
  prepared: PreparedSeedFile[];
  problemsByFile: Map<string, SeedProblem[]>;
  warnings: SeedProblem[];
}

function load(opts: { cwd: string; dir?: string | undefined; environment: EnvironmentName; variables?: SeedVariables }): Loaded {
  const layout = discoverSeedFiles({ cwd: opts.cwd, dir: opts.dir });
  throwIfErrors(layout.problems);
  const variables = opts.variables ?? loadSeedVariables({ cwd: opts.cwd, environment: opts.environment });
  const { files, problems } = prepareSeedFiles(layout.files, variables);
  const problemsByFile = new Map<string, SeedProblem[]>();
  for (const problem of problems) {
    const key = problem.source?.file ?? '';
    problemsByFile.set(key, [...(problemsByFile.get(key) ?? []), problem]);
  }
  return { prepared: files, problemsByFile, warnings: layout.problems };
}

/**
 * Every seed file with its header, variables and problems; marks which run in `environment` and in what order.
 *
 * @example listSeedFiles({ cwd, environment: 'production' }).files.filter((f) => f.runsHere)
 */
export function listSeedFiles(opts: { cwd: string; dir?: string | undefined; environment: EnvironmentName; variables?: SeedVariables }): SeedListReport {
  return buildList(load(opts), opts.environment);
}

function buildList({ prepared, problemsByFile, warnings }: Loaded, environment: EnvironmentName): SeedListReport {
  const folders = foldersFor(environment);
  let order = 0;
  const ordered = [...prepared].sort((a, b) => runRank(a, folders) - runRank(b, folders));
  const files = ordered.map((file): SeedListEntry => {
    const runsHere = folders.includes(file.folder);
    return {
      name: file.name,
      display: file.display,
      folder: file.folder,
      runsHere,
      order: runsHere ? ++order : undefined,
      description: file.header.description,
      idempotent: file.idempotent,
      variables: file.variables,
      hashedVariables: file.hashedVariables,
      // Another environment's variables are not expected to be set here.
      problems: (problemsByFile.get(file.display) ?? []).filter((p) => runsHere || p.code !== SeedFileErrorCodes.VariableMissing),
    };
  });
  return { environment, files, warnings };
}

/** Files that run here first (in run order), then the other folders; stable within each. */
function runRank(file: PreparedSeedFile, folders: SeedFolder[]): number {
  return folders.includes(file.folder) ? 0 : 1;
}

/**
 * What ran where: every seed file on disk and every record in the database, with its state for `environment`.
 * Read-only: creates nothing in the database.
 *
 * @example (await seedFileStatus({ db, cwd, environment: 'local' })).entries.filter((e) => e.state === 'pending')
 */
export async function seedFileStatus(opts: {
  db: Database;
  cwd: string;
  dir?: string | undefined;
  environment: EnvironmentName;
  variables?: SeedVariables;
}): Promise<SeedStatusReport> {
  const loaded = load(opts);
  const list = buildList(loaded, opts.environment);
  const byName = new Map(loaded.prepared.map((f) => [f.name, f]));
  const records = await readSeedFileRecords(opts.db);
  const entries: SeedStatusEntry[] = list.files.map((entry) => {
    const record = records.get(entry.name);
    const file = byName.get(entry.name)!;
    const base = { ...entry, record };
    if (entry.problems.some((p) => p.severity === 'error')) {
      return { ...base, state: 'invalid', reason: entry.problems[0]!.message };
    }
    if (!entry.runsHere) {
      return record
        ? { ...base, state: stateOf(planOne(file, record, {})), reason: `ran in ${record.environment}; does not run in ${opts.environment}` }
        : { ...base, state: 'other-environment', reason: `does not run in ${opts.environment}` };
    }
    const planned = planOne(file, record, {});
    return { ...base, state: stateOf(planned), reason: planned.state === 'new' ? 'never ran' : planned.reason };
  });
  for (const record of records.values()) {
    if (byName.has(record.name)) continue;
    entries.push({
      name: record.name,
      display: record.name,
      folder: record.folder,
      runsHere: foldersFor(opts.environment).includes(record.folder as SeedFolder),
      order: undefined,
      description: undefined,
      idempotent: record.idempotent,
      problems: [],
      state: 'missing',
      reason: 'recorded in the database, but the file is gone',
      record,
    });
  }
  return { environment: opts.environment, database: opts.db.description, entries, warnings: list.warnings };
}

function stateOf(planned: ReturnType<typeof planOne>): SeedStatusState {
  if (planned.action === 'skip') return 'applied';
  if (planned.action === 'refuse') return 'refused';
  return planned.state === 'changed' ? 'changed' : 'pending';
}
