import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DEFAULT_SEEDS_DIR, discoverSeedFiles, parseFolderName, type SeedFolder } from './layout.ts';
import { RuntimeErrorCodes } from '../errors.ts';
import { SeedFileErrorCodes, seedError } from './problems.ts';

/** The files `seed init` writes: three templates that show the three common patterns. */
export const INIT_TEMPLATES: readonly { path: string; content: string }[] = [
  {
    path: 'all/001_roles.sql',
    content: `-- Description: Roles every environment needs
-- Environment: all
-- Idempotent: true
--
-- Runs everywhere, first. Idempotent: re-running it leaves the same rows, so editing it re-runs it.
-- Adjust the table and column names to your schema.

INSERT INTO roles (name, description) VALUES
  ('admin', 'Full access'),
  ('member', 'Regular account')
ON CONFLICT (name) DO UPDATE SET description = EXCLUDED.description;
`,
  },
  {
    path: 'all/002_admin_user.sql',
    content: `-- Description: The first administrator
-- Environment: all
-- Idempotent: true
--
-- Needs ADMIN_EMAIL and ADMIN_PASSWORD (environment or .env). Values are escaped: quotes and semicolons in them
-- end up as text. \${hash:ADMIN_PASSWORD} stores a bcrypt hash, never the password.

INSERT INTO users (email, password_hash, role)
VALUES ('\${ADMIN_EMAIL}', \${hash:ADMIN_PASSWORD}, 'admin')
ON CONFLICT (email) DO NOTHING;
`,
  },
  {
    path: 'all/003_app_config.sql',
    content: `-- Description: Application settings
-- Environment: all
-- Idempotent: true
--
-- Defaults for every environment; a file in seeds/production/ (or local/, staging/) with a later name can
-- override them for one environment.

INSERT INTO app_config (key, value) VALUES
  ('signup_enabled', 'true'),
  ('support_email', 'support@example.com')
ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
`,
  },
  { path: 'local/.gitkeep', content: '' },
  { path: 'staging/.gitkeep', content: '' },
  { path: 'production/.gitkeep', content: '' },
];

/**
 * Creates seeds/ with templates for roles, an admin user and app config, and empty environment folders. Existing
 * files are never overwritten.
 *
 * @example initSeeds({ cwd }).created // ['seeds/all/001_roles.sql', ...]
 */
export function initSeeds(opts: { cwd: string; dir?: string | undefined }): { created: string[]; skipped: string[] } {
  const dir = resolve(opts.cwd, opts.dir ?? DEFAULT_SEEDS_DIR);
  const created: string[] = [];
  const skipped: string[] = [];
  const hasProd = existsSync(join(dir, 'prod'));
  for (const template of INIT_TEMPLATES) {
    // A project that already uses seeds/prod/ keeps it.
    const path = join(dir, hasProd ? template.path.replace(/^production\//, 'prod/') : template.path);
    const shown = relative(opts.cwd, path).split('\\').join('/');
    if (existsSync(path)) {
      skipped.push(shown);
      continue;
    }
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, template.content, { flag: 'wx' });
    created.push(shown);
  }
  return { created, skipped };
}

/**
 * Creates the next seed file in a folder: `seed create roles --env production` writes
 * `seeds/production/00N_roles.sql`, N one past the highest number there, with a header to fill in.
 *
 * @example createSeedFile({ cwd, name: 'feature flags', folder: 'all' }) // 'seeds/all/004_feature_flags.sql'
 */
export function createSeedFile(opts: { cwd: string; dir?: string | undefined; name: string; folder: string }): string {
  const folder = parseFolderName(opts.folder);
  if (!folder) {
    throw seedError(RuntimeErrorCodes.EnvUnknown, `unknown seed folder "${opts.folder}"`, { hint: 'use --env all, local, staging or production (or prod)' });
  }
  const dir = resolve(opts.cwd, opts.dir ?? DEFAULT_SEEDS_DIR);
  const existing = existsSync(dir) ? discoverSeedFiles({ cwd: opts.cwd, dir }).folderDirs[folder] : undefined;
  const folderDir = existing ?? join(dir, folder);
  const slug = slugify(opts.name);
  if (slug === '') throw seedError(SeedFileErrorCodes.HeaderInvalid, `"${opts.name}" has no letters or digits to name a file with`, { hint: 'seed create roles' });
  const numbered = /^\d+_/.test(slug) ? slug : `${nextNumber(folderDir)}_${slug}`;
  const path = join(folderDir, `${numbered}.sql`);
  const shown = relative(opts.cwd, path).split('\\').join('/');
  if (existsSync(path)) throw seedError(SeedFileErrorCodes.FileExists, `${shown} exists already`, { hint: 'choose another name' });
  mkdirSync(folderDir, { recursive: true });
  writeFileSync(path, headerTemplate(opts.name, folder), { flag: 'wx' });
  return shown;
}

function headerTemplate(name: string, folder: SeedFolder): string {
  return `-- Description: ${name.replace(/\s+/g, ' ').trim()}
-- Environment: ${folder}
-- Idempotent: true
--
-- Idempotent: true means running the file again leaves the same result (INSERT ... ON CONFLICT, UPDATE ... WHERE).
-- Then editing it re-runs it. Set it to false for a file that must run exactly once: a changed file is then
-- refused unless you pass --force. Placeholders: '\${NAME}' (escaped value), \${hash:NAME} (bcrypt hash).

`;
}

function slugify(name: string): string {
  return name
    .replace(/\.sql$/i, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** One past the highest leading number of the folder's files, zero-padded to at least 3 digits. */
function nextNumber(folderDir: string): string {
  let highest = 0;
  let width = 3;
  if (existsSync(folderDir)) {
    for (const entry of readdirSync(folderDir)) {
      const match = /^(\d+)_/.exec(entry);
      if (!match) continue;
      highest = Math.max(highest, Number(match[1]));
      width = Math.max(width, match[1]!.length);
    }
  }
  return String(highest + 1).padStart(width, '0');
}
