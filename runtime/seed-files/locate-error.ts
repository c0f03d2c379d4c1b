import { characterPositionToOffset, toSourceOffset } from './offset-map.ts';
import type { RenderedSeedFile } from './prepare.ts';
import { lexSql, lineAndColumn } from './sql-lexer.ts';

/** The parts of a server error we use; postgres.js and PGlite spell some of them differently. */
export interface ServerErrorFields {
  message: string;
  sqlstate: string | undefined;
  detail: string | undefined;
  hint: string | undefined;
  position: number | undefined;
  where: string | undefined;
}

/** Reads a PostgreSQL error from either driver; undefined when `error` is not a server error. */
export function serverErrorFields(error: unknown): ServerErrorFields | undefined {
  if (!(error instanceof Error)) return undefined;
  const e = error as Error & Record<string, unknown>;
  const sqlstate = typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) ? e.code : undefined;
  if (!sqlstate) return undefined;
  const text = (key: string): string | undefined => (typeof e[key] === 'string' && e[key] !== '' ? (e[key] as string) : undefined);
  const position = Number(text('position'));
  return {
    message: e.message,
    sqlstate,
    detail: text('detail'),
    hint: text('hint'),
    position: Number.isInteger(position) && position > 0 ? position : undefined,
    where: text('where'),
  };
}

/**
 * The line and column in the seed file (as written, before templating) where statement `index` failed: the error
 * cursor when the server gives one, the line inside a DO block when PL/pgSQL names it, else the statement's start.
 */
export function locateInTemplate(
  text: string,
  rendered: RenderedSeedFile,
  index: number,
  fields: ServerErrorFields | undefined,
): { line: number; column: number } {
  const statement = rendered.statements[index];
  if (!statement) return { line: 1, column: 1 };
  let out = statement.start;
  if (fields?.position !== undefined) {
    out += characterPositionToOffset(statement.text, fields.position);
    return lineAndColumn(text, toSourceOffset(rendered.map, out));
  }
  const inline = fields?.where ? /inline_code_block line (\d+)/.exec(fields.where) : null;
  if (inline) {
    const body = lexSql(statement.text).find((t) => t.kind === 'dollar' || t.kind === 'string');
    if (body && 'contentStart' in body) {
      const start = lineAndColumn(text, toSourceOffset(rendered.map, statement.start + body.contentStart));
      return { line: start.line + Number(inline[1]) - 1, column: 1 };
    }
  }
  return lineAndColumn(text, toSourceOffset(rendered.map, out));
}
