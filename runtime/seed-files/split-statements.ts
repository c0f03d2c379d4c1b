import { isTrivia, lexSql, type SqlToken } from './sql-lexer.ts';

/** One top-level statement of a script; offsets index the script. */
export interface SqlStatement {
  /** The statement as sent to the server: from its first significant token through its `;` (if any). */
  text: string;
  /** Offset of `text` in the script. */
  start: number;
  /** The first few words, upper-cased (`['INSERT', 'INTO', ...]`); empty when the statement starts with a non-word. */
  leadingWords: string[];
}

/**
 * Splits a script into statements the way psql does: at `;` outside parentheses, strings, comments and dollar
 * quotes, and outside `BEGIN ATOMIC ... END` bodies of SQL-standard functions (psql's own heuristic).
 *
 * @example splitStatements("insert into t values (1); -- done\nselect 1").map((s) => s.text)
 *          // ['insert into t values (1);', 'select 1']
 */
export function splitStatements(script: string): SqlStatement[] {
  const statements: SqlStatement[] = [];
  let first: SqlToken | undefined;
  let words: string[] = [];
  let parens = 0;
  let beginDepth = 0;
  const flush = (end: number): void => {
    if (first) statements.push({ text: script.slice(first.start, end), start: first.start, leadingWords: words.slice(0, 6) });
    first = undefined;
    words = [];
    parens = 0;
    beginDepth = 0;
  };
  for (const token of lexSql(script)) {
    if (isTrivia(token)) continue;
    if (!first) {
      first = token;
      if (token.kind !== 'word') words.push('');
    }
    if (token.kind === 'word') {
      const word = script.slice(token.start, token.end).toUpperCase();
      if (words.length < 6) words.push(word);
      if (isRoutineDefinition(words)) {
        if (word === 'BEGIN') beginDepth++;
        else if (word === 'CASE' && beginDepth > 0) beginDepth++;
        else if (word === 'END' && beginDepth > 0) beginDepth--;
      }
    } else if (token.kind === 'symbol') {
      const c = script[token.start];
      if (c === '(') parens++;
      else if (c === ')' && parens > 0) parens--;
      else if (c === ';' && parens === 0 && beginDepth === 0) flush(token.end);
    }
  }
  if (first) flush(script.length);
  for (const statement of statements) {
    if (statement.leadingWords[0] === '') statement.leadingWords = [];
  }
  return statements;
}

/** psql: the statement starts with CREATE [OR REPLACE] FUNCTION|PROCEDURE. */
function isRoutineDefinition(words: string[]): boolean {
  if (words[0] !== 'CREATE') return false;
  if (words[1] === 'FUNCTION' || words[1] === 'PROCEDURE') return true;
  return words[1] === 'OR' && words[2] === 'REPLACE' && (words[3] === 'FUNCTION' || words[3] === 'PROCEDURE');
}

/**
 * Why a statement cannot run inside the runner's per-file transaction, or undefined when it can.
 * Savepoints are fine; anything that ends or starts the transaction is not.
 */
export function transactionControl(statement: SqlStatement): string | undefined {
  const [w0, w1] = statement.leadingWords;
  if (w0 === undefined) return undefined;
  switch (w0) {
    case 'BEGIN':
    case 'START':
    case 'COMMIT':
    case 'END':
    case 'ABORT':
      return w0;
    case 'ROLLBACK':
      return w1 === 'TO' ? undefined : 'ROLLBACK';
    case 'PREPARE':
      return w1 === 'TRANSACTION' ? 'PREPARE TRANSACTION' : undefined;
    default:
      return undefined;
  }
}
