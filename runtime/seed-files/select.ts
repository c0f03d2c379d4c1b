import type { EnvironmentName } from '../environment.ts';
import { foldersFor, type SeedFileRef } from './layout.ts';
import { SeedFileErrorCodes, type SeedProblem } from './problems.ts';

/**
 * The files that run in `environment`, in run order (`all` first, then the environment's folder), narrowed to one
 * file when `only` is given. `only` may be the tracking name (`all/001_roles.sql`), the path (`seeds/all/001_roles.sql`),
 * the file name (`001_roles.sql`) or the file name without `.sql`.
 */
export function selectSeedFiles(
  files: SeedFileRef[],
  environment: EnvironmentName,
  only?: string | undefined,
): { files: SeedFileRef[]; problems: SeedProblem[] } {
  const folders = foldersFor(environment);
  const inEnvironment = files.filter((f) => folders.includes(f.folder));
  if (only === undefined) return { files: inEnvironment, problems: [] };
  const wanted = only.replaceAll('\\', '/').replace(/^\.\//, '');
  const matches = files.filter(
    (f) => f.name === wanted || f.display === wanted || f.fileName === wanted || f.fileName === `${wanted}.sql` || f.name === `${wanted}.sql`,
  );
  const here = matches.filter((f) => folders.includes(f.folder));
  if (here.length === 1) return { files: here, problems: [] };
  if (here.length > 1) {
    return fail(`"${only}" matches ${here.map((f) => f.name).join(' and ')}`, `name one of them: ${here.map((f) => f.name).join(', ')}`);
  }
  if (matches.length > 0) {
    return fail(
      `${matches[0]!.name} does not run in ${environment}: ${environment} runs only the ${folders.join(' and ')} folders`,
      `run it with --env ${matches[0]!.folder}, or move it to a folder that runs in ${environment}`,
    );
  }
  const names = inEnvironment.map((f) => f.name);
  return fail(`no seed file "${only}" for ${environment}`, names.length > 0 ? `files for ${environment}: ${names.join(', ')}` : 'run `seedforge seed list` to see the files');
}

function fail(message: string, hint: string): { files: SeedFileRef[]; problems: SeedProblem[] } {
  return { files: [], problems: [{ code: SeedFileErrorCodes.FileNotFound, severity: 'error', message, hint }] };
}
