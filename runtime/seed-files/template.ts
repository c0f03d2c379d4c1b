import { RenderedTextBuilder, type OffsetMap } from './offset-map.ts';
import { SeedFileErrorCodes, type SeedProblem } from './problems.ts';
import { isTrivia, lexSql, lineAndColumn, type SqlToken } from './sql-lexer.ts';

/** One `${NAME}` / `${hash:NAME}` in a template. */
export interface Placeholder {
  name: string;
  hashed: boolean;
  line: number;
  column: number;
}

export interface RenderOptions {
  /** Shown in problems (`seeds/all/001_roles.sql`). */
  file: string;
  /** The value of a variable, or undefined when it is not set. */
  value(name: string): string | undefined;
  /** The hash of a variable's value for `${hash:NAME}` (called only for variables that are set). */
  hash(name: string, value: string): string;
}

export interface RenderedTemplate {
  sql: string;
  map: OffsetMap;
  /** Every placeholder that was substituted or found missing, in file order. */
  placeholders: Placeholder[];
  problems: SeedProblem[];
}

const placeholderPattern = /^\s*(?:(hash):)?([A-Za-z_][A-Za-z0-9_]*)\s*$/;

type ContentMode = 'standard' | 'escape' | 'ident' | 'raw';

/**
 * Substitutes `${NAME}` placeholders so that no value can change the statement around it:
 *
 * - inside a quoted literal (`'${NAME}'`, `E'${NAME}'`, `"${NAME}"`) the value is escaped for that literal;
 * - bare in code (`${NAME}`) it becomes a complete quoted literal;
 * - inside a dollar-quoted string used as data (`$$...${NAME}...$$`) it is inserted as is, and refused when it
 *   would end the string;
 * - inside a dollar-quoted body of `DO` or `AS` (PL/pgSQL, SQL functions) the body is code, so the same rules apply
 *   again inside it;
 * - in comments nothing is substituted and nothing is required;
 * - `$${NAME}` inside a literal, and `\${NAME}` inside an `E'...'` literal, stand for the text `${NAME}` itself.
 *
 * @example renderTemplate("insert into users (email) values ('${EMAIL}');", { file, value: (n) => env[n], hash })
 */
export function renderTemplate(text: string, options: RenderOptions): RenderedTemplate {
  const out = new RenderedTextBuilder();
  const placeholders: Placeholder[] = [];
  const problems: SeedProblem[] = [];

  const problem = (offset: number, code: SeedProblem['code'], message: string, hint?: string): void => {
    const { line, column } = lineAndColumn(text, offset);
    problems.push({ code, severity: 'error', message, ...(hint ? { hint } : {}), source: { file: options.file, line, column } });
  };

  /** The value for a placeholder's inner text, or undefined after reporting why there is none. */
  const resolve = (inner: string, offset: number): string | undefined => {
    const match = placeholderPattern.exec(inner);
    if (!match) {
      const fn = /^\s*([A-Za-z_]\w*)\s*:/.exec(inner)?.[1];
      problem(
        offset,
        SeedFileErrorCodes.PlaceholderInvalid,
        fn ? `unknown placeholder function "${fn}:" in \${${inner}}` : `invalid placeholder \${${inner}}`,
        fn
          ? 'the only function is hash: (`${hash:NAME}` inserts a bcrypt hash of NAME)'
          : 'placeholders are ${NAME} or ${hash:NAME}, NAME made of letters, digits and _; write $${...} for the literal text',
      );
      return undefined;
    }
    const hashed = match[1] === 'hash';
    const name = match[2]!;
    const { line, column } = lineAndColumn(text, offset);
    placeholders.push({ name, hashed, line, column });
    const value = options.value(name);
    if (value === undefined) {
      problem(
        offset,
        SeedFileErrorCodes.VariableMissing,
        `variable ${name} is not set`,
        `set ${name} in the environment, .env or .env.<environment>; inside a literal, $\${${inner}} is the text \${${inner}} itself`,
      );
      return undefined;
    }
    return hashed ? options.hash(name, value) : value;
  };

  /** Code: everything outside literals, at the top level or inside a DO/function body. */
  const renderCode = (start: number, end: number): void => {
    const recent: string[] = [];
    const tokens = lexSql(text, { templates: true }, start, end);
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      if (!token.terminated) reportUnterminated(token);
      switch (token.kind) {
        case 'placeholder': {
          if (!token.terminated) {
            problem(token.start, SeedFileErrorCodes.PlaceholderInvalid, 'unterminated placeholder: ${ without }', 'close it with } on the same line');
            out.copy(text, token.start, token.end);
            break;
          }
          const value = resolve(token.inner, token.start);
          const literal = value === undefined ? 'NULL' : `'${value.replaceAll("'", "''")}'`;
          // Keep the literal a token of its own: never glued to a prefix (E, U&, an identifier) or another literal.
          const before = /[\w$'"&\u0080-\uffff]/.test(out.lastChar()) ? ' ' : '';
          const after = text[token.end] === "'" ? ' ' : '';
          out.insert(before + literal + after, token.start);
          break;
        }
        case 'string': {
          const afterBodyKeyword = recent[0] === 'AS' || recent[0] === 'DO';
          renderQuoted(token, token.variant === 'escape' ? 'escape' : 'standard', token.variant === 'unicode' || afterBodyKeyword);
          break;
        }
        case 'quoted-ident':
          renderQuoted(token, 'ident', token.unicode);
          break;
        case 'dollar': {
          const body = recent[0] === 'AS' || recent[0] === 'DO' || (recent[1] === 'LANGUAGE' && recent[2] === 'DO');
          out.copy(text, token.start, token.contentStart);
          const at = out.mark();
          if (body) renderCode(token.contentStart, token.contentEnd);
          else renderContent(token.contentStart, token.contentEnd, 'raw', undefined);
          if (token.terminated && out.textSince(at).includes(token.tag)) {
            problem(
              token.start,
              SeedFileErrorCodes.PlaceholderInvalid,
              `a variable's value contains ${token.tag}, which would end the dollar-quoted string that starts here`,
              "put the variable in a '...' literal, where values are escaped, or use a tag that cannot occur in the value",
            );
          }
          out.copy(text, token.contentEnd, token.end);
          break;
        }
        default:
          out.copy(text, token.start, token.end);
      }
      if (!isTrivia(token)) {
        recent.unshift(token.kind === 'word' ? text.slice(token.start, token.end).toUpperCase() : '');
        if (recent.length > 3) recent.pop();
      }
    }
  };

  const renderQuoted = (token: Extract<SqlToken, { kind: 'string' | 'quoted-ident' }>, mode: ContentMode, refuse: boolean): void => {
    out.copy(text, token.start, token.contentStart);
    let refusal: string | undefined;
    if (refuse) {
      refusal =
        token.kind === 'quoted-ident' || (token.kind === 'string' && token.variant === 'unicode')
          ? 'variables are not supported inside U&"..." or U&\'...\' literals'
          : 'variables are not supported inside a single-quoted function body: quote the body with $$ ... $$ instead';
    }
    renderContent(token.contentStart, token.contentEnd, mode, refusal);
    out.copy(text, token.contentEnd, token.end);
  };

  /** The inside of a literal: placeholders become escaped text. */
  const renderContent = (start: number, end: number, mode: ContentMode, refusal: string | undefined): void => {
    let copied = start;
    let i = start;
    while (i < end) {
      const c = text[i];
      if (mode === 'escape' && c === '\\') {
        i += 2;
        continue;
      }
      if (c === '$' && text[i + 1] === '$' && text[i + 2] === '{') {
        // `$${` is the escape for a literal `${`.
        out.copy(text, copied, i);
        copied = i + 1;
        i += 3;
        continue;
      }
      if (c === '$' && text[i + 1] === '{') {
        const close = text.indexOf('}', i + 2);
        const newline = text.indexOf('\n', i + 2);
        if (close === -1 || close >= end || (newline !== -1 && newline < close)) {
          problem(i, SeedFileErrorCodes.PlaceholderInvalid, 'unterminated placeholder: ${ without }', 'close it with } on the same line, or write $${ for the text ${');
          i += 2;
          continue;
        }
        out.copy(text, copied, i);
        if (refusal) {
          problem(i, SeedFileErrorCodes.PlaceholderInvalid, refusal);
          out.copy(text, i, close + 1);
        } else {
          const value = resolve(text.slice(i + 2, close), i);
          if (value !== undefined) out.insert(escapeFor(mode, value), i);
        }
        i = close + 1;
        copied = i;
        continue;
      }
      i++;
    }
    out.copy(text, copied, end);
  };

  const reportUnterminated = (token: SqlToken): void => {
    const what: Partial<Record<SqlToken['kind'], string>> = {
      string: 'string literal',
      'quoted-ident': 'quoted identifier',
      dollar: 'dollar-quoted string',
      'block-comment': 'block comment',
    };
    const name = what[token.kind];
    if (name) problem(token.start, SeedFileErrorCodes.SyntaxInvalid, `unterminated ${name} starting here`, 'close it; everything after it was read as part of it');
  };

  renderCode(0, text.length);
  const { text: sql, map } = out.build();
  return { sql, map, placeholders, problems };
}

function escapeFor(mode: ContentMode, value: string): string {
  switch (mode) {
    case 'standard':
      return value.replaceAll("'", "''");
    case 'escape':
      return value.replaceAll('\\', '\\\\').replaceAll("'", "''");
    case 'ident':
      return value.replaceAll('"', '""');
    case 'raw':
      return value;
  }
}
