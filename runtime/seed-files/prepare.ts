import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseSeedHeader, type SeedHeader } from './header.ts';
import type { SeedFileRef } from './layout.ts';
import { toSourceOffset, type OffsetMap } from './offset-map.ts';
import { SeedFileErrorCodes, type SeedProblem } from './problems.ts';
import { splitStatements, transactionControl } from './split-statements.ts';
import { lineAndColumn } from './sql-lexer.ts';
import { renderTemplate } from './template.ts';
import type { SeedVariables } from './variables.ts';

/** bcrypt cost for `${hash:NAME}` (the default of Laravel and Rails). */
export const BCRYPT_ROUNDS = 12;
/** bcrypt reads at most 72 bytes of its input. */
const BCRYPT_MAX_BYTES = 72;
/** Stands in for a bcrypt hash while checking a file: same length and alphabet, so the same placement rules apply. */
const HASH_STAND_IN = `$2b$${BCRYPT_ROUNDS}$${'.'.repeat(53)}`;

/** A seed file read, checked and fingerprinted; nothing hashed or run yet. */
export interface PreparedSeedFile extends SeedFileRef {
  /** The file's text with a BOM removed and CRLF turned into LF. */
  text: string;
  header: SeedHeader;
  idempotent: boolean;
  /** sha256 of `text`. */
  contentChecksum: string;
  /** sha256 of `text` plus the names and values of plain variables; `${hash:NAME}` contributes its name only. */
  checksum: string;
  /** Names of `${NAME}` variables used, sorted. */
  variables: string[];
  /** Names of `${hash:NAME}` variables used, sorted. */
  hashedVariables: string[];
}

/** A file rendered for running: statements with their place in the template, for error lines. */
export interface RenderedSeedFile {
  sql: string;
  map: OffsetMap;
  statements: { text: string; start: number }[];
}

/**
 * Reads every file, parses its header, checks every placeholder and statement, and computes its checksum.
 * Returns all problems of all files, so one run reports everything that needs fixing before anything runs.
 *
 * The checksum is what "changed" means: the file's text, plus the values of its plain `${NAME}` variables (the
 * values end up in the database as written, so a new ADMIN_EMAIL re-runs an idempotent file and is refused for a
 * non-idempotent one). Hashed variables count by name only: bcrypt output differs on every run, and a fast hash of a
 * password must not be stored next to the data. Line endings and a BOM do not count.
 */
export function prepareSeedFiles(files: SeedFileRef[], variables: SeedVariables): { files: PreparedSeedFile[]; problems: SeedProblem[] } {
  const prepared: PreparedSeedFile[] = [];
  const problems: SeedProblem[] = [];
  for (const ref of files) {
    const text = normalizeText(readFileSync(ref.path, 'utf8'));
    const { header, problems: headerProblems } = parseSeedHeader(text, { file: ref.display, folder: ref.folder });
    problems.push(...headerProblems);
    const rendered = renderTemplate(text, { file: ref.display, value: (name) => variables.get(name), hash: () => HASH_STAND_IN });
    problems.push(...rendered.problems);
    const plain = unique(rendered.placeholders.filter((p) => !p.hashed).map((p) => p.name));
    const hashed = unique(rendered.placeholders.filter((p) => p.hashed).map((p) => p.name));
    for (const name of hashed) {
      const value = variables.get(name);
      if (value !== undefined && Buffer.byteLength(value, 'utf8') > BCRYPT_MAX_BYTES) {
        const at = rendered.placeholders.find((p) => p.hashed && p.name === name)!;
        problems.push({
          code: SeedFileErrorCodes.PlaceholderInvalid,
          severity: 'error',
          message: `${name} is longer than ${BCRYPT_MAX_BYTES} bytes; bcrypt would ignore the rest of it`,
          hint: `use a value of at most ${BCRYPT_MAX_BYTES} bytes`,
          source: { file: ref.display, line: at.line, column: at.column },
        });
      }
    }
    if (rendered.problems.length === 0) problems.push(...statementProblems(ref, text, rendered.sql, rendered.map));
    const contentChecksum = sha256(text);
    const values = plain.map((name) => `${name}=${JSON.stringify(variables.get(name) ?? null)}`);
    prepared.push({
      ...ref,
      text,
      header,
      idempotent: header.idempotent ?? false,
      contentChecksum,
      checksum: sha256(['seedforge seed file v1', contentChecksum, ...values, ...hashed.map((name) => `hash:${name}`)].join('\n')),
      variables: plain,
      hashedVariables: hashed,
    });
  }
  return { files: prepared, problems };
}

/**
 * Renders a prepared file with real values (bcrypt-hashing `${hash:NAME}`) and splits it into statements.
 * Call only after prepareSeedFiles reported no problems.
 */
export async function renderSeedFile(file: PreparedSeedFile, variables: SeedVariables): Promise<RenderedSeedFile> {
  const hashes = new Map<string, string>();
  if (file.hashedVariables.length > 0) {
    const { default: bcrypt } = await import('bcryptjs');
    for (const name of file.hashedVariables) {
      const value = variables.get(name);
      if (value !== undefined) hashes.set(name, await bcrypt.hash(value, BCRYPT_ROUNDS));
    }
  }
  const rendered = renderTemplate(file.text, {
    file: file.display,
    value: (name) => variables.get(name),
    hash: (name) => hashes.get(name) ?? HASH_STAND_IN,
  });
  if (rendered.problems.length > 0) {
    // The variables changed between prepare and run (they are read once, so this is a bug).
    throw new Error(`${file.display}: rendering failed after checks passed: ${rendered.problems[0]!.message}`);
  }
  return {
    sql: rendered.sql,
    map: rendered.map,
    statements: splitStatements(rendered.sql).map((s) => ({ text: s.text, start: s.start })),
  };
}

/** Statements the runner cannot run: its own transaction control, psql meta-commands. */
function statementProblems(ref: SeedFileRef, text: string, sql: string, map: OffsetMap): SeedProblem[] {
  const problems: SeedProblem[] = [];
  for (const statement of splitStatements(sql)) {
    const at = lineAndColumn(text, toSourceOffset(map, statement.start));
    const source = { file: ref.display, line: at.line, column: at.column };
    if (statement.text.startsWith('\\')) {
      problems.push({
        code: SeedFileErrorCodes.StatementUnsupported,
        severity: 'error',
        message: `psql meta-command ${statement.text.split(/\s/)[0]} is not supported in seed files`,
        hint: 'seed files are plain SQL; use ${NAME} placeholders instead of psql variables',
        source,
      });
      continue;
    }
    const control = transactionControl(statement);
    if (control) {
      problems.push({
        code: SeedFileErrorCodes.StatementUnsupported,
        severity: 'error',
        message: `${control} is not allowed in a seed file: each file already runs in its own transaction`,
        hint: 'remove it; use SAVEPOINT / ROLLBACK TO SAVEPOINT for partial undo inside a file',
        source,
      });
    }
  }
  return problems;
}

/** Text as checksummed and run: no BOM, LF line endings. */
export function normalizeText(text: string): string {
  return (text.startsWith('\ufeff') ? text.slice(1) : text).replace(/\r\n?/g, '\n');
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function unique(names: string[]): string[] {
  return [...new Set(names)].sort();
}
