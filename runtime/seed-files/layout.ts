import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { EnvironmentName } from '../environment.ts';
import { SeedFileErrorCodes, type SeedProblem } from './problems.ts';

/** A folder under seeds/: `all` runs everywhere, the others only in their environment. */
export type SeedFolder = 'all' | EnvironmentName;

/** Folder names on disk and what they mean; `prod` is accepted for `production`. */
const folderNames: Record<string, SeedFolder> = { all: 'all', local: 'local', staging: 'staging', production: 'production', prod: 'production' };
const folderOrder: readonly SeedFolder[] = ['all', 'local', 'staging', 'production'];

/** The default seeds directory, relative to the project directory. */
export const DEFAULT_SEEDS_DIR = 'seeds';

/** One seed file on disk. */
export interface SeedFileRef {
  /** Stable identity in the tracking table: canonical folder and file name (`production/001_admin.sql`, also for seeds/prod/). */
  name: string;
  folder: SeedFolder;
  fileName: string;
  /** Absolute path. */
  path: string;
  /** Path for messages, relative to the project directory (`seeds/prod/001_admin.sql`). */
  display: string;
}

export interface SeedLayout {
  /** Absolute path of the seeds directory. */
  dir: string;
  /** Every seed file, folders in the order all, local, staging, production, files by name within each. */
  files: SeedFileRef[];
  /** The directory each folder was found in (`prod` or `production`), for `seed create`. */
  folderDirs: Partial<Record<SeedFolder, string>>;
  /** Warnings (stray files and folders) and errors (a missing directory, prod and production both present). */
  problems: SeedProblem[];
}

/** The folders that run in `environment`, in run order. Production runs only `all` and `production`. */
export function foldersFor(environment: EnvironmentName): SeedFolder[] {
  return ['all', environment];
}

/** Canonical folder for a name on disk (`prod` -> `production`), or undefined. */
export function parseFolderName(name: string): SeedFolder | undefined {
  return folderNames[name.toLowerCase()];
}

/**
 * Finds the seed files under `dir` (default `<cwd>/seeds`). File order is by name, compared character by character
 * (not by locale), so `001_roles.sql` runs before `002_users.sql` on every machine.
 *
 * @example discoverSeedFiles({ cwd: process.cwd() }).files.map((f) => f.name) // ['all/001_roles.sql', 'local/001_demo.sql']
 */
export function discoverSeedFiles(opts: { cwd: string; dir?: string | undefined }): SeedLayout {
  const dir = resolve(opts.cwd, opts.dir ?? DEFAULT_SEEDS_DIR);
  const display = (path: string): string => {
    const rel = relative(opts.cwd, path);
    return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel.split('\\').join('/');
  };
  const problems: SeedProblem[] = [];
  const folderDirs: Partial<Record<SeedFolder, string>> = {};
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    problems.push({
      code: SeedFileErrorCodes.DirMissing,
      severity: 'error',
      message: `no seeds directory at ${display(dir)}`,
      hint: 'run `seedforge seed init` to create seeds/ with templates, or point --dir at your seeds directory',
    });
    return { dir, files: [], folderDirs, problems };
  }
  const byFolder = new Map<SeedFolder, SeedFileRef[]>();
  for (const entry of sortedEntries(dir)) {
    const path = join(dir, entry.name);
    if (entry.name.startsWith('.')) continue;
    if (!entry.isDirectory()) {
      if (entry.name.toLowerCase().endsWith('.sql')) {
        problems.push(warning(`${display(path)} is not in an environment folder and never runs`, 'move it to seeds/all/ or an environment folder', display(path)));
      }
      continue;
    }
    const folder = parseFolderName(entry.name);
    if (!folder) {
      problems.push(warning(`${display(path)}/ is not an environment folder; its files never run`, 'seed folders are all, local, staging and production (or prod)', display(path)));
      continue;
    }
    if (folderDirs[folder] !== undefined) {
      problems.push({
        code: SeedFileErrorCodes.FolderConflict,
        severity: 'error',
        message: `both ${display(folderDirs[folder]!)}/ and ${display(path)}/ exist; they are the same environment`,
        hint: 'merge them into one folder (production/ or prod/)',
        source: { file: display(path) },
      });
      continue;
    }
    folderDirs[folder] = path;
    const files: SeedFileRef[] = [];
    for (const file of sortedEntries(path)) {
      if (file.name.startsWith('.')) continue;
      const filePath = join(path, file.name);
      if (file.isDirectory()) {
        problems.push(warning(`${display(filePath)}/ is ignored: seed files live directly in the environment folder`, 'move its files up one level', display(filePath)));
      } else if (file.name.endsWith('.sql')) {
        files.push({ name: `${folder}/${file.name}`, folder, fileName: file.name, path: filePath, display: display(filePath) });
      } else if (file.name.toLowerCase().endsWith('.sql')) {
        problems.push(warning(`${display(filePath)} is ignored: seed files end in lower-case .sql`, 'rename it', display(filePath)));
      }
    }
    byFolder.set(folder, files);
  }
  const files = folderOrder.flatMap((folder) => byFolder.get(folder) ?? []);
  return { dir, files, folderDirs, problems };
}

function sortedEntries(dir: string) {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function warning(message: string, hint: string, file: string): SeedProblem {
  return { code: SeedFileErrorCodes.Ignored, severity: 'warning', message, hint, source: { file } };
}
