import type { PreparedSeedFile } from './prepare.ts';
import type { SeedFileRecord } from './tracking.ts';

/** What a run does with one file, and why. */
export interface PlannedSeedFile {
  file: PreparedSeedFile;
  record: SeedFileRecord | undefined;
  action: 'run' | 'skip' | 'refuse';
  /** `new`, `unchanged`, `changed`, `fresh`. */
  state: 'new' | 'unchanged' | 'changed' | 'fresh';
  /** For `changed`: the file's text changed, or only its variables' values did. */
  change: 'content' | 'variables' | undefined;
  /** One line for people: "new", "unchanged", "changed (file edited), idempotent: re-runs", ... */
  reason: string;
}

/**
 * Decides per file: never ran -> run; same checksum -> skip; changed and idempotent -> run again; changed and not
 * idempotent -> refuse, unless `force`; `fresh` -> run everything.
 *
 * @example planSeedRun(files, records, { force: false, fresh: false }).filter((p) => p.action === 'run')
 */
export function planSeedRun(
  files: PreparedSeedFile[],
  records: ReadonlyMap<string, SeedFileRecord>,
  options: { force?: boolean | undefined; fresh?: boolean | undefined },
): PlannedSeedFile[] {
  return files.map((file) => planOne(file, records.get(file.name), options));
}

export function planOne(
  file: PreparedSeedFile,
  record: SeedFileRecord | undefined,
  options: { force?: boolean | undefined; fresh?: boolean | undefined },
): PlannedSeedFile {
  if (options.fresh) return { file, record, action: 'run', state: 'fresh', change: undefined, reason: record ? 're-run (--fresh)' : 'new' };
  if (!record) return { file, record, action: 'run', state: 'new', change: undefined, reason: 'new' };
  if (record.checksum === file.checksum) return { file, record, action: 'skip', state: 'unchanged', change: undefined, reason: 'unchanged' };
  const change = record.contentChecksum === file.contentChecksum ? 'variables' : 'content';
  const what = change === 'content' ? 'file edited' : `variable values changed: ${file.variables.join(', ')}`;
  if (file.idempotent) return { file, record, action: 'run', state: 'changed', change, reason: `changed (${what}), idempotent: re-runs` };
  if (options.force) return { file, record, action: 'run', state: 'changed', change, reason: `changed (${what}), not idempotent: re-runs because of --force` };
  return { file, record, action: 'refuse', state: 'changed', change, reason: `changed (${what}), not idempotent: refused without --force` };
}
