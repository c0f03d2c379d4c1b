import { describe, expect, it } from 'vitest';
import { toSourceOffset } from '../../runtime/seed-files/offset-map.ts';
import { lineAndColumn } from '../../runtime/seed-files/sql-lexer.ts';
import { renderTemplate } from '../../runtime/seed-files/template.ts';

const nasty = "O'Brien'); DROP TABLE users; --";
const env: Record<string, string> = {
  NASTY: nasty,
  BACKSLASH: 'C:\\temp\\',
  DOLLARS: 'a $$ b',
  QUOTE_IDENT: 'we"ird',
  EMAIL: 'admin@example.com',
  EMPTY: '',
};

function render(text: string, values: Record<string, string> = env) {
  return renderTemplate(text, { file: 'seeds/all/001.sql', value: (n) => values[n], hash: (n) => `<hash of ${n}>` });
}

describe('renderTemplate', () => {
  it("escapes a value inside a '...' literal", () => {
    const r = render("INSERT INTO t (v) VALUES ('${NASTY}');");
    expect(r.problems).toEqual([]);
    expect(r.sql).toBe("INSERT INTO t (v) VALUES ('O''Brien''); DROP TABLE users; --');");
  });

  it('turns a bare placeholder into a complete quoted literal', () => {
    expect(render('SELECT ${NASTY};').sql).toBe("SELECT 'O''Brien''); DROP TABLE users; --';");
    expect(render('SELECT ${EMPTY};').sql).toBe("SELECT '';");
  });

  it('keeps a bare literal apart from a prefix or a neighbouring literal', () => {
    // E${X} must not become an E'...' string (backslashes would turn into escapes), nor 'a'${X} one string.
    expect(render('SELECT E${BACKSLASH}').sql).toBe("SELECT E 'C:\\temp\\'");
    expect(render("SELECT 'a'${EMAIL}'b'").sql).toBe("SELECT 'a' 'admin@example.com' 'b'");
    expect(render('SELECT ${EMAIL}${EMAIL}').sql).toBe("SELECT 'admin@example.com' 'admin@example.com'");
  });

  it("escapes backslashes and quotes inside E'...'; \\${ there is the literal text", () => {
    expect(render("SELECT E'${BACKSLASH}', E'\\${EMAIL}'").sql).toBe("SELECT E'C:\\\\temp\\\\', E'\\${EMAIL}'");
  });

  it('escapes double quotes inside a quoted identifier', () => {
    expect(render('CREATE ROLE "${QUOTE_IDENT}"').sql).toBe('CREATE ROLE "we""ird"');
  });

  it('leaves comments alone and requires nothing there', () => {
    const r = render("-- needs ${NOT_SET}\n/* also ${NOT_SET} */ SELECT '${EMAIL}'");
    expect(r.problems).toEqual([]);
    expect(r.sql).toBe("-- needs ${NOT_SET}\n/* also ${NOT_SET} */ SELECT 'admin@example.com'");
  });

  it('$${NAME} inside a literal is the text ${NAME}', () => {
    expect(render("SELECT 'Hello $${name}!'").sql).toBe("SELECT 'Hello ${name}!'");
  });

  it('treats a DO body as code: nested literals escaped, bare placeholders quoted', () => {
    const r = render("DO $$ BEGIN INSERT INTO t VALUES ('${NASTY}', ${EMAIL}); END $$;");
    expect(r.problems).toEqual([]);
    expect(r.sql).toBe("DO $$ BEGIN INSERT INTO t VALUES ('O''Brien''); DROP TABLE users; --', 'admin@example.com'); END $$;");
    expect(render("CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $f$ SELECT '${EMAIL}' $f$").sql).toBe(
      "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $f$ SELECT 'admin@example.com' $f$",
    );
  });

  it('inserts into a dollar-quoted data string as is', () => {
    expect(render('SELECT $q$${NASTY}$q$').sql).toBe(`SELECT $q$${nasty}$q$`);
  });

  it('refuses a value that would end the dollar quote around it', () => {
    const r = render('SELECT $$x ${DOLLARS}$$;\nDO $$ BEGIN PERFORM ${DOLLARS}; END $$;');
    expect(r.problems.map((p) => [p.code, p.source?.line])).toEqual([
      ['SEEDFORGE_SEED_PLACEHOLDER_INVALID', 1],
      ['SEEDFORGE_SEED_PLACEHOLDER_INVALID', 2],
    ]);
    expect(r.problems[0]!.message).toContain('contains $$');
    expect(r.problems[0]!.message).not.toContain('a $$ b');
  });

  it('refuses placeholders in a single-quoted function body (two levels of quoting)', () => {
    const r = render("CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS 'BEGIN PERFORM ''${EMAIL}''; END';");
    expect(r.problems.map((p) => p.code)).toEqual(['SEEDFORGE_SEED_PLACEHOLDER_INVALID']);
    expect(r.problems[0]!.message).toMatch(/single-quoted function body/);
  });

  it('reports every missing variable with its line and column, without stopping at the first', () => {
    const r = render("SELECT 1;\nINSERT INTO t VALUES ('${MISSING_ONE}',\n  ${hash:MISSING_TWO});", {});
    expect(r.problems.map((p) => [p.code, p.message, p.source])).toEqual([
      ['SEEDFORGE_SEED_VARIABLE_MISSING', 'variable MISSING_ONE is not set', { file: 'seeds/all/001.sql', line: 2, column: 24 }],
      ['SEEDFORGE_SEED_VARIABLE_MISSING', 'variable MISSING_TWO is not set', { file: 'seeds/all/001.sql', line: 3, column: 3 }],
    ]);
  });

  it('hashes ${hash:NAME} through the given function and quotes the result', () => {
    const r = render("VALUES (${hash:EMAIL}, '${hash:EMAIL}')");
    expect(r.sql).toBe("VALUES ('<hash of EMAIL>', '<hash of EMAIL>')");
    expect(r.placeholders.map((p) => [p.name, p.hashed])).toEqual([
      ['EMAIL', true],
      ['EMAIL', true],
    ]);
  });

  it('rejects malformed placeholders and unknown functions', () => {
    const r = render("SELECT ${1X}, '${md5:EMAIL}', ${EMAIL");
    expect(r.problems.map((p) => p.message)).toEqual([
      'invalid placeholder ${1X}',
      'unknown placeholder function "md5:" in ${md5:EMAIL}',
      'unterminated placeholder: ${ without }',
    ]);
  });

  it('reports unterminated literals and comments', () => {
    expect(render("SELECT 'abc").problems[0]!.message).toBe('unterminated string literal starting here');
    expect(render('SELECT 1 /* x').problems[0]!.message).toBe('unterminated block comment starting here');
    expect(render('SELECT $$abc').problems[0]!.message).toBe('unterminated dollar-quoted string starting here');
  });

  it('maps rendered offsets back to template lines', () => {
    const text = "INSERT INTO t VALUES ('${NASTY}',\n  ${NASTY},\n  oops)";
    const r = render(text);
    const at = r.sql.indexOf('oops');
    expect(lineAndColumn(text, toSourceOffset(r.map, at))).toEqual({ line: 3, column: 3 });
    const inValue = r.sql.indexOf('DROP');
    expect(lineAndColumn(text, toSourceOffset(r.map, inValue))).toEqual({ line: 1, column: 24 });
  });
});
