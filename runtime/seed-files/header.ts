import type { SeedFolder } from './layout.ts';
import { SeedFileErrorCodes, type SeedProblem } from './problems.ts';
import { isTrivia, lexSql, lineAndColumn } from './sql-lexer.ts';

/** What a seed file says about itself in its leading comment block. */
export interface SeedHeader {
  description: string | undefined;
  /** As declared; undefined when the header does not say (the folder decides). */
  environment: SeedFolder | undefined;
  /** Undefined when not declared: treated as false (a changed file is refused, not re-run). */
  idempotent: boolean | undefined;
}

const fields = ['description', 'environment', 'idempotent'] as const;
type Field = (typeof fields)[number];
const fieldLabel: Record<Field, string> = { description: 'Description', environment: 'Environment', idempotent: 'Idempotent' };

const environmentValues: Record<string, SeedFolder> = {
  all: 'all',
  local: 'local',
  staging: 'staging',
  production: 'production',
  prod: 'production',
};
const booleanValues: Record<string, boolean> = { true: true, yes: true, false: false, no: false };

/**
 * Reads the header: the comments before the first statement, lines of the form `Key: value`.
 *
 * ```sql
 * -- Description: Roles every environment needs
 * -- Environment: all
 * -- Idempotent: true
 * ```
 *
 * Other comment lines are free text. A line whose key is close to a known one (`Idempotnet:`) is an error, not free
 * text: a silently ignored typo would change how a changed file is treated.
 *
 * @example parseSeedHeader(text, { file: 'seeds/all/001_roles.sql', folder: 'all' }).header.idempotent // true
 */
export function parseSeedHeader(text: string, options: { file: string; folder: SeedFolder }): { header: SeedHeader; problems: SeedProblem[] } {
  const header: SeedHeader = { description: undefined, environment: undefined, idempotent: undefined };
  const problems: SeedProblem[] = [];
  const seen = new Set<Field>();
  const problem = (offset: number, message: string, hint: string): void => {
    const { line, column } = lineAndColumn(text, offset);
    problems.push({ code: SeedFileErrorCodes.HeaderInvalid, severity: 'error', message, hint, source: { file: options.file, line, column } });
  };

  for (const { content, offset } of headerLines(text)) {
    const match = /^([A-Za-z][A-Za-z0-9_-]*)\s*:\s*(.*?)\s*$/.exec(content);
    if (!match) continue;
    const key = match[1]!.toLowerCase();
    const value = match[2]!;
    const field = fields.find((f) => f === key);
    if (!field) {
      const near = fields.find((f) => editDistance(f, key) <= 2);
      if (near) problem(offset, `unknown header field "${match[1]}"`, `did you mean "${fieldLabel[near]}:"? Header fields are Description, Environment and Idempotent`);
      continue;
    }
    if (seen.has(field)) {
      problem(offset, `header field "${fieldLabel[field]}" appears twice`, 'keep one');
      continue;
    }
    seen.add(field);
    if (field === 'description') {
      header.description = value === '' ? undefined : value;
    } else if (field === 'environment') {
      const environment = environmentValues[value.toLowerCase()];
      if (!environment) {
        problem(offset, `Environment: "${value}" is not an environment`, 'use all, local, staging or production');
      } else if (environment !== options.folder) {
        problem(
          offset,
          `the header says Environment: ${value}, but the file is in the ${options.folder} folder`,
          `move the file to seeds/${environment}/ or change the header to "Environment: ${options.folder}"`,
        );
      } else header.environment = environment;
    } else {
      const idempotent = booleanValues[value.toLowerCase()];
      if (idempotent === undefined) problem(offset, `Idempotent: "${value}" must be true or false`, 'write "Idempotent: true" when running the file twice leaves the same result, else "Idempotent: false"');
      else header.idempotent = idempotent;
    }
  }
  return { header, problems };
}

/** The text lines of the leading comments, without comment markers, each with the offset of its first character. */
function headerLines(text: string): { content: string; offset: number }[] {
  const lines: { content: string; offset: number }[] = [];
  for (const token of lexSql(text)) {
    if (!isTrivia(token)) break;
    if (token.kind === 'line-comment') {
      const marker = /^-+\s*/.exec(text.slice(token.start, token.end))![0].length;
      lines.push({ content: text.slice(token.start + marker, token.end).trimEnd(), offset: token.start + marker });
    } else if (token.kind === 'block-comment') {
      let offset = token.start + 2;
      const body = text.slice(offset, token.terminated ? token.end - 2 : token.end);
      for (const raw of body.split('\n')) {
        const lead = /^\s*\**\s*/.exec(raw)![0].length;
        lines.push({ content: raw.slice(lead).trimEnd(), offset: offset + lead });
        offset += raw.length + 1;
      }
    }
  }
  return lines;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
