/** `"name"`, with embedded quotes doubled (the runtime's own helper). */
export { ident as quoteIdent } from '../sql.ts';

/**
 * A string literal for any text (the runtime's `literal` is for catalog names), safe both for psql and for the
 * seed-file runner: `'...'` when it can be, else an `E'...'` literal with backslash escapes. E-strings are used for text containing a
 * backslash (so the literal means the same whatever standard_conforming_strings says), `${` (which the runner would
 * read as a placeholder; `\$` is a plain `$` in an E-string) and control characters other than newline and tab
 * (a carriage return would be lost to line-ending normalisation).
 *
 * @example quoteLiteral("O'Brien") // 'O''Brien'
 * @example quoteLiteral('C:\\temp') // E'C:\\temp'
 */
export function quoteLiteral(text: string): string {
  // eslint-disable-next-line no-control-regex
  const needsEscape = text.includes('\\') || text.includes('${') || /[\u0000-\u0008\u000b-\u001f\u007f]/.test(text);
  if (!needsEscape) return `'${text.replaceAll("'", "''")}'`;
  let body = '';
  for (const c of text) {
    if (c === '\\') body += '\\\\';
    else if (c === "'") body += "''";
    else if (c === '$') body += '\\$';
    else if (c === '\r') body += '\\r';
    else if (c !== '\n' && c !== '\t' && (c < ' ' || c === '\u007f')) body += `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
    else body += c;
  }
  return `E'${body}'`;
}
