/**
 * A small PostgreSQL lexer: just enough to know, for every character of a seed file, whether it is code, a comment,
 * a string literal, a quoted identifier or a dollar-quoted body. Templating, statement splitting and header parsing
 * all stand on it. It follows the server's rules with standard_conforming_strings = on (the runner sets it).
 */

export type StringVariant = 'standard' | 'escape' | 'unicode' | 'bit' | 'hex' | 'national';

export type SqlToken =
  | { kind: 'space' | 'line-comment' | 'block-comment' | 'number' | 'symbol'; start: number; end: number; terminated: boolean }
  | { kind: 'word'; start: number; end: number; terminated: true }
  | {
      kind: 'string';
      variant: StringVariant;
      start: number;
      end: number;
      /** Offsets of the text between the quotes. */
      contentStart: number;
      contentEnd: number;
      terminated: boolean;
    }
  | { kind: 'quoted-ident'; unicode: boolean; start: number; end: number; contentStart: number; contentEnd: number; terminated: boolean }
  | { kind: 'dollar'; tag: string; start: number; end: number; contentStart: number; contentEnd: number; terminated: boolean }
  /** `${...}` in code (template mode only); `inner` is the text between the braces. */
  | { kind: 'placeholder'; inner: string; start: number; end: number; terminated: boolean };

export interface LexOptions {
  /** Recognise `${...}` placeholders in code. */
  templates?: boolean;
}

const identStart = /[A-Za-z_\u0080-\uffff]/;
const identCont = /[A-Za-z0-9_$\u0080-\uffff]/;
const dollarTagCont = /[A-Za-z0-9_\u0080-\uffff]/;

/** Tokenises `text[start, end)`; offsets are absolute. Never throws: unterminated tokens say so. */
export function lexSql(text: string, options: LexOptions = {}, start = 0, end = text.length): SqlToken[] {
  const tokens: SqlToken[] = [];
  let i = start;
  while (i < end) {
    const c = text[i]!;
    const next = i + 1 < end ? text[i + 1] : undefined;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v') {
      let j = i + 1;
      while (j < end && /[ \t\n\r\f\v]/.test(text[j]!)) j++;
      tokens.push({ kind: 'space', start: i, end: j, terminated: true });
      i = j;
    } else if (c === '-' && next === '-') {
      let j = i + 2;
      while (j < end && text[j] !== '\n') j++;
      tokens.push({ kind: 'line-comment', start: i, end: j, terminated: true });
      i = j;
    } else if (c === '/' && next === '*') {
      const j = blockCommentEnd(text, i, end);
      tokens.push({ kind: 'block-comment', start: i, end: j.end, terminated: j.terminated });
      i = j.end;
    } else if (c === "'") {
      tokens.push(quoted(text, i, 0, end, "'", 'standard'));
      i = tokens[tokens.length - 1]!.end;
    } else if (c === '"') {
      const t = quoted(text, i, 0, end, '"', 'standard');
      tokens.push({ kind: 'quoted-ident', unicode: false, start: t.start, end: t.end, contentStart: t.contentStart, contentEnd: t.contentEnd, terminated: t.terminated });
      i = t.end;
    } else if (c === '$' && next === '{' && options.templates) {
      let j = i + 2;
      while (j < end && text[j] !== '}' && text[j] !== '\n') j++;
      const terminated = j < end && text[j] === '}';
      tokens.push({ kind: 'placeholder', inner: text.slice(i + 2, j), start: i, end: terminated ? j + 1 : j, terminated });
      i = terminated ? j + 1 : j;
    } else if (c === '$' && next !== undefined && (next === '$' || identStart.test(next))) {
      const dollar = dollarQuote(text, i, end);
      if (dollar) {
        tokens.push(dollar);
        i = dollar.end;
      } else {
        tokens.push({ kind: 'symbol', start: i, end: i + 1, terminated: true });
        i++;
      }
    } else if (identStart.test(c)) {
      let j = i + 1;
      while (j < end && identCont.test(text[j]!) && !(options.templates && text[j] === '$' && text[j + 1] === '{')) j++;
      const word = text.slice(i, j);
      const prefixed = stringPrefix(text, word, i, j, end);
      if (prefixed) {
        tokens.push(prefixed);
        i = prefixed.end;
      } else {
        tokens.push({ kind: 'word', start: i, end: j, terminated: true });
        i = j;
      }
    } else if (c >= '0' && c <= '9') {
      let j = i + 1;
      while (j < end && /[0-9A-Za-z_.]/.test(text[j]!)) j++;
      tokens.push({ kind: 'number', start: i, end: j, terminated: true });
      i = j;
    } else {
      // One character at a time: a surrogate pair stays together so offsets never split a character.
      const width = c >= '\ud800' && c <= '\udbff' && i + 1 < end ? 2 : 1;
      tokens.push({ kind: 'symbol', start: i, end: i + width, terminated: true });
      i += width;
    }
  }
  return tokens;
}

function blockCommentEnd(text: string, start: number, end: number): { end: number; terminated: boolean } {
  let depth = 0;
  let i = start;
  while (i < end) {
    if (text[i] === '/' && text[i + 1] === '*') {
      depth++;
      i += 2;
    } else if (text[i] === '*' && text[i + 1] === '/') {
      depth--;
      i += 2;
      if (depth === 0) return { end: i, terminated: true };
    } else i++;
  }
  return { end, terminated: false };
}

/** A quoted run starting at `start + prefix` (the opening quote). `escape`: backslash escapes the next character. */
function quoted(
  text: string,
  start: number,
  prefix: number,
  end: number,
  quote: "'" | '"',
  variant: StringVariant,
): Extract<SqlToken, { kind: 'string' }> {
  const contentStart = start + prefix + 1;
  let i = contentStart;
  while (i < end) {
    const c = text[i];
    if (variant === 'escape' && c === '\\') {
      i += 2;
    } else if (c === quote) {
      if (text[i + 1] === quote && i + 1 < end) i += 2;
      else return { kind: 'string', variant, start, end: i + 1, contentStart, contentEnd: i, terminated: true };
    } else i++;
  }
  return { kind: 'string', variant, start, end, contentStart, contentEnd: end, terminated: false };
}

function stringPrefix(text: string, word: string, start: number, wordEnd: number, end: number): SqlToken | undefined {
  const after = text[wordEnd];
  if (word.length === 1 && after === "'") {
    const variant = ({ e: 'escape', b: 'bit', x: 'hex', n: 'national' } as const)[word.toLowerCase() as 'e' | 'b' | 'x' | 'n'];
    if (variant) return quoted(text, start, 1, end, "'", variant);
  }
  if ((word === 'U' || word === 'u') && after === '&' && (text[wordEnd + 1] === "'" || text[wordEnd + 1] === '"')) {
    const quote = text[wordEnd + 1] as "'" | '"';
    const t = quoted(text, start, 2, end, quote, 'unicode');
    if (quote === "'") return t;
    return { kind: 'quoted-ident', unicode: true, start: t.start, end: t.end, contentStart: t.contentStart, contentEnd: t.contentEnd, terminated: t.terminated };
  }
  return undefined;
}

function dollarQuote(text: string, start: number, end: number): Extract<SqlToken, { kind: 'dollar' }> | undefined {
  let j = start + 1;
  while (j < end && text[j] !== '$') {
    if (!dollarTagCont.test(text[j]!)) return undefined;
    j++;
  }
  if (j >= end) return undefined;
  const delimiter = text.slice(start, j + 1);
  const contentStart = j + 1;
  const close = text.indexOf(delimiter, contentStart);
  if (close === -1 || close + delimiter.length > end) {
    return { kind: 'dollar', tag: delimiter, start, end, contentStart, contentEnd: end, terminated: false };
  }
  return { kind: 'dollar', tag: delimiter, start, end: close + delimiter.length, contentStart, contentEnd: close, terminated: true };
}

/** True for tokens that carry no meaning (whitespace and comments). */
export function isTrivia(token: SqlToken): boolean {
  return token.kind === 'space' || token.kind === 'line-comment' || token.kind === 'block-comment';
}

/** 1-based line and column (in characters) of `offset`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: Array.from(text.slice(lineStart, offset)).length + 1 };
}
