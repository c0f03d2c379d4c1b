import { describe, expect, it } from 'vitest';
import { parseSeedHeader } from '../../runtime/seed-files/header.ts';
import { characterPositionToOffset } from '../../runtime/seed-files/offset-map.ts';
import { splitStatements, transactionControl } from '../../runtime/seed-files/split-statements.ts';

describe('splitStatements', () => {
  it('splits at top-level semicolons only', () => {
    const script = [
      "INSERT INTO t VALUES ('a;b', \"x;y\", E'\\';');",
      '-- a comment; with a semicolon',
      'DO $$ BEGIN PERFORM 1; PERFORM 2; END $$;',
      '/* block; /* nested; */ still; */ SELECT (1; 2);',
      'CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; SELECT 2; END;',
      'SELECT 3',
    ].join('\n');
    expect(splitStatements(script).map((s) => s.text)).toEqual([
      "INSERT INTO t VALUES ('a;b', \"x;y\", E'\\';');",
      'DO $$ BEGIN PERFORM 1; PERFORM 2; END $$;',
      'SELECT (1; 2);',
      'CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; SELECT 2; END;',
      'SELECT 3',
    ]);
  });

  it('ignores empty statements and comment-only tails', () => {
    expect(splitStatements(';;\n-- only a comment\n')).toEqual([
      { text: ';', start: 0, leadingWords: [] },
      { text: ';', start: 1, leadingWords: [] },
    ]);
    expect(splitStatements('  -- nothing\n')).toEqual([]);
  });

  it('finds transaction control, but allows savepoints', () => {
    const kinds = splitStatements('BEGIN; SAVEPOINT a; ROLLBACK TO SAVEPOINT a; RELEASE a; COMMIT; ROLLBACK; START TRANSACTION; END;').map(
      transactionControl,
    );
    expect(kinds).toEqual(['BEGIN', undefined, undefined, undefined, 'COMMIT', 'ROLLBACK', 'START', 'END']);
  });
});

describe('parseSeedHeader', () => {
  const parse = (text: string, folder: 'all' | 'local' | 'staging' | 'production' = 'all') =>
    parseSeedHeader(text, { file: 'seeds/x.sql', folder });

  it('reads Description, Environment and Idempotent from leading comments', () => {
    const { header, problems } = parse('-- Description: Roles\n-- Environment: all\n-- Idempotent: true\nINSERT INTO t VALUES (1);\n-- Idempotent: false');
    expect(problems).toEqual([]);
    expect(header).toEqual({ description: 'Roles', environment: 'all', idempotent: true });
  });

  it('reads a block comment header and accepts prod for production', () => {
    const { header, problems } = parse('/*\n * description: Admin\n * ENVIRONMENT: prod\n * idempotent: no\n */\nSELECT 1', 'production');
    expect(problems).toEqual([]);
    expect(header).toEqual({ description: 'Admin', environment: 'production', idempotent: false });
  });

  it('defaults: no header means not idempotent, environment from the folder', () => {
    expect(parse('SELECT 1').header).toEqual({ description: undefined, environment: undefined, idempotent: undefined });
  });

  it('rejects bad values, typos, duplicates and a folder mismatch, with lines', () => {
    const { problems } = parse('-- Note: free text is fine\n-- Idempotnet: true\n-- Idempotent: maybe\n-- Environment: qa\n-- Environment: local\n', 'all');
    expect(problems.map((p) => [p.source?.line, p.message])).toEqual([
      [2, 'unknown header field "Idempotnet"'],
      [3, 'Idempotent: "maybe" must be true or false'],
      [4, 'Environment: "qa" is not an environment'],
      [5, 'header field "Environment" appears twice'],
    ]);
    expect(parse('-- Environment: production\n', 'local').problems[0]!.message).toBe(
      'the header says Environment: production, but the file is in the local folder',
    );
  });
});

describe('characterPositionToOffset', () => {
  it('counts characters as PostgreSQL does (an emoji is one character, two UTF-16 units)', () => {
    const statement = "SELECT '😀', oops";
    expect(characterPositionToOffset(statement, 1)).toBe(0);
    expect(statement.slice(characterPositionToOffset(statement, 13))).toBe('oops');
  });
});
