import { describe, expect, test } from 'vitest';
import type { Generator } from '../../dsl/generator.ts';
import { getGenerator } from '../../compiler/generators/registry.ts';
import { checkedValues, inferGenerator, nameTokens } from '../../compiler/infer-generator.ts';
import type { CheckModel, ColumnKind, ColumnModel } from '../../compiler/model.ts';
import { build, column, context, sample, table } from '../generators/helpers.ts';

/** Zero-config inference: column name first (when the type fits), then the SQL type. */

function infer(name: string, kind: ColumnKind, extra: Partial<ColumnModel> = {}, options: { tableName?: string; checks?: CheckModel[]; unique?: boolean; others?: ColumnModel[] } = {}) {
  const col = column(kind, { name, key: name, ...extra });
  const tbl = table([col, ...(options.others ?? [])], {
    name: options.tableName ?? 'things',
    id: `public.${options.tableName ?? 'things'}`,
    checks: options.checks ?? [],
    uniques: options.unique ? [{ name: `${name}_unique`, columns: [name] }] : [],
  });
  return { gen: inferGenerator(col, tbl), col, tbl };
}

const typeOf = (name: string, kind: ColumnKind, extra: Partial<ColumnModel> = {}) => infer(name, kind, extra).gen?.type;

describe('name tokens', () => {
  test.each([
    ['created_at', ['created', 'at']],
    ['createdAt', ['created', 'at']],
    ['CreatedAt', ['created', 'at']],
    ['userID', ['user', 'id']],
    ['APIKey', ['api', 'key']],
    ['address_line1', ['address', 'line1']],
    ['e-mail', ['e', 'mail']],
  ])('%s -> %j', (name, tokens) => {
    expect(nameTokens(name)).toEqual(tokens);
  });
});

describe('by column name (text columns)', () => {
  test.each([
    ['email', 'email'],
    ['contactEmail', 'email'],
    ['email_address', 'email'],
    ['first_name', 'firstName'],
    ['firstName', 'firstName'],
    ['given_name', 'firstName'],
    ['last_name', 'lastName'],
    ['surname', 'lastName'],
    ['full_name', 'fullName'],
    ['display_name', 'fullName'],
    ['author_name', 'fullName'],
    ['username', 'username'],
    ['user_name', 'username'],
    ['login', 'username'],
    ['phone', 'phone'],
    ['phone_number', 'phone'],
    ['mobile', 'phone'],
    ['address', 'street'],
    ['street', 'street'],
    ['address_line1', 'street'],
    ['city', 'city'],
    ['country', 'country'],
    ['country_code', 'country'],
    ['zip', 'zip'],
    ['postal_code', 'zip'],
    ['zipCode', 'zip'],
    ['province', 'state'],
    ['website', 'url'],
    ['homepage_url', 'url'],
    ['link', 'url'],
    ['avatar', 'avatar'],
    ['avatar_url', 'avatar'],
    ['profile_photo', 'avatar'],
    ['image_url', 'imageUrl'],
    ['thumbnail', 'imageUrl'],
    ['logo', 'imageUrl'],
    ['slug', 'slug'],
    ['title', 'sentence'],
    ['description', 'paragraph'],
    ['bio', 'paragraph'],
    ['summary', 'paragraph'],
    ['body', 'paragraphs'],
    ['content', 'paragraphs'],
    ['notes', 'sentence'],
    ['comment', 'sentence'],
    ['company', 'company'],
    ['company_name', 'company'],
    ['job_title', 'jobTitle'],
    ['occupation', 'jobTitle'],
    ['password', 'derive'],
    ['password_hash', 'derive'],
    ['api_key', 'string'],
    ['token', 'string'],
    ['refresh_token', 'string'],
    ['secret', 'string'],
    ['checksum', 'string'],
    ['external_uuid', 'uuid'],
    ['status', 'oneOf'],
    ['currency', 'oneOf'],
    ['sku', 'pattern'],
    ['promo_code', 'pattern'],
    ['ip_address', 'derive'],
    ['misc_field', 'sentence'],
  ])('%s -> g.%s()', (name, expected) => {
    expect(typeOf(name, 'text')).toBe(expected);
  });

  test('state is a US state next to address columns, a status elsewhere', () => {
    expect(infer('state', 'text', {}, { others: [column('text', { name: 'city', key: 'city' })] }).gen?.type).toBe('state');
    expect(infer('state', 'text').gen?.type).toBe('oneOf');
  });

  test('a bare name column follows the table', () => {
    expect(infer('name', 'text', {}, { tableName: 'users' }).gen?.type).toBe('fullName');
    expect(infer('name', 'text', {}, { tableName: 'team_members' }).gen?.type).toBe('fullName');
    expect(infer('name', 'text', {}, { tableName: 'companies' }).gen?.type).toBe('company');
    expect(infer('name', 'text', {}, { tableName: 'products' }).gen?.type).toBe('words');
  });

  test('password: a bcrypt-shaped 60-character string; shorter columns get a plain string', () => {
    const { gen } = infer('password_hash', 'varchar', { length: 255 });
    const fn = gen!.options.fn as (row: unknown, ctx: { index: number; random: () => number }) => string;
    let state = 7;
    const hash = fn({}, { index: 0, random: () => ((state = (state * 48271) % 2147483647) / 2147483647) });
    expect(hash).toMatch(/^\$2b\$10\$[./A-Za-z0-9]{53}$/);
    expect(infer('password', 'varchar', { length: 40 }).gen?.type).toBe('string');
  });

  test('name rules respect the column type and length', () => {
    expect(typeOf('email', 'integer')).toBe('int');
    expect(typeOf('phone', 'bigint')).toBe('int');
    expect(typeOf('created_at', 'text')).not.toBe('timestamp');
    expect(typeOf('avatar', 'varchar', { length: 40 })).not.toBe('avatar');
    expect(typeOf('website', 'varchar', { length: 20 })).not.toBe('url');
    expect(typeOf('uuid', 'varchar', { length: 20 })).not.toBe('uuid');
  });
});

describe('by column name (numbers, dates, booleans)', () => {
  test.each([
    ['age', 'integer', 'int', { min: 18, max: 90 }],
    ['year', 'smallint', 'int', { min: 1970, max: 2025 }],
    ['quantity', 'integer', 'int', { min: 1, max: 20 }],
    ['rating', 'smallint', 'int', { min: 1, max: 5 }],
    ['view_count', 'integer', 'int', { min: 0, max: 10000 }],
    ['price_cents', 'integer', 'int', { min: 100, max: 100000 }],
    ['price', 'smallint', 'int', { min: 100, max: 32767 }],
    ['price', 'numeric', 'price', {}],
    ['total', 'numeric', 'amount', {}],
    ['latitude', 'double', 'float', { min: -90, max: 90, decimals: 6 }],
    ['lng', 'real', 'float', { min: -180, max: 180, decimals: 6 }],
  ] as const)('%s (%s) -> g.%s(%j)', (name, kind, type, options) => {
    const { gen } = infer(name, kind, kind === 'numeric' ? { precision: 10, scale: 2 } : {});
    expect(gen?.type).toBe(type);
    expect(gen?.options).toEqual(options);
  });

  test('a CHECK on the column, or a too narrow type, leaves the range to the column', () => {
    const checks = [{ name: 'age_range', sql: 'age between 0 and 150' }];
    expect(infer('age', 'integer', {}, { checks }).gen?.options).toEqual({});
    expect(infer('latitude', 'numeric', { precision: 8, scale: 6 }).gen?.options).toEqual({ min: -90, max: 90, decimals: 6 });
    expect(infer('longitude', 'numeric', { precision: 8, scale: 6 }).gen?.options).toEqual({ decimals: 6 });
  });

  test.each([
    ['created_at', 'timestamptz', 'timestamp', { pastDays: 365 }],
    ['updatedAt', 'timestamp', 'timestamp', { pastDays: 365 }],
    ['published_on', 'date', 'date', { pastDays: 365 }],
    ['expires_at', 'timestamptz', 'timestamp', { futureDays: 365 }],
    ['due_date', 'date', 'date', { futureDays: 365 }],
    ['birth_date', 'date', 'date', { pastDays: 365 * 80 }],
    ['anything', 'date', 'date', { pastDays: 365 }],
  ] as const)('%s (%s) -> g.%s(%j)', (name, kind, type, options) => {
    const { gen } = infer(name, kind);
    expect(gen?.type).toBe(type);
    expect(gen?.options).toEqual(options);
  });

  test('booleans lean by name', () => {
    expect(infer('is_active', 'boolean').gen?.options).toEqual({ probability: 0.8 });
    expect(infer('deleted', 'boolean').gen?.options).toEqual({ probability: 0.1 });
    expect(infer('flag', 'boolean').gen?.options).toEqual({});
  });
});

describe('by SQL type', () => {
  test.each([
    ['boolean', {}, 'boolean'],
    ['smallint', {}, 'int'],
    ['integer', {}, 'int'],
    ['bigint', {}, 'int'],
    ['numeric', { precision: 8, scale: 3 }, 'decimal'],
    ['real', {}, 'float'],
    ['double', {}, 'float'],
    ['text', {}, 'sentence'],
    ['varchar', { length: 100 }, 'words'],
    ['varchar', { length: 5 }, 'string'],
    ['char', { length: 3 }, 'string'],
    ['uuid', {}, 'uuid'],
    ['date', {}, 'date'],
    ['timestamp', {}, 'timestamp'],
    ['timestamptz', {}, 'timestamp'],
    ['time', {}, 'derive'],
    ['interval', {}, 'derive'],
    ['inet', {}, 'derive'],
    ['json', {}, 'json'],
    ['jsonb', {}, 'json'],
    ['enum', { enumValues: ['admin', 'member'] }, 'oneOf'],
  ] as const)('%s %j -> g.%s()', (kind, extra, type) => {
    expect(typeOf('zzz', kind, extra)).toBe(type);
  });

  test('enums pick from their values', () => {
    expect(infer('role', 'enum', { enumValues: ['admin', 'member'] }).gen?.options).toEqual({ values: ['admin', 'member'] });
  });

  test('json by name: addresses, tags, settings', () => {
    expect(typeOf('address', 'jsonb')).toBe('address');
    expect(typeOf('tags', 'jsonb')).toBe('array');
    expect(typeOf('settings', 'json')).toBe('json');
  });

  test('arrays wrap the element generator; multi-dimensional ones stay rectangular', () => {
    const emails = infer('emails', 'text', { arrayDimensions: 1 }).gen!;
    expect(emails.type).toBe('array');
    expect((emails.options.of as Generator<unknown>).type).toBe('email');
    expect((infer('tags', 'text', { arrayDimensions: 1 }).gen!.options.of as Generator<unknown>).type).toBe('word');
    expect((infer('cities', 'text', { arrayDimensions: 1 }).gen!.options.of as Generator<unknown>).type).toBe('city');
    expect((infer('addresses', 'text', { arrayDimensions: 1 }).gen!.options.of as Generator<unknown>).type).toBe('street');
    expect((infer('phoneNumbers', 'text', { arrayDimensions: 1 }).gen!.options.of as Generator<unknown>).type).toBe('phone');
    const matrix = infer('grid', 'integer', { arrayDimensions: 2 }).gen!;
    const inner = matrix.options.of as Generator<unknown>;
    expect(inner.type).toBe('array');
    expect(inner.options).toMatchObject({ min: 2, max: 2 });
  });

  test('bytea and unknown columns are left undefined (the compiler reports them)', () => {
    expect(typeOf('blob', 'bytea')).toBeUndefined();
    expect(typeOf('mystery', 'unknown')).toBeUndefined();
  });
});

describe('CHECK lists', () => {
  test.each([
    ["status in ('draft', 'published')", ['draft', 'published']],
    ["\"status\" IN ('it''s', 'b')", ["it's", 'b']],
    ["((status)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))", ['a', 'b']],
    ['status in (1, 2, 3)', [1, 2, 3]],
  ])('%s', (sql, values) => {
    const col = column('text', { name: 'status', key: 'status' });
    expect(checkedValues(col, table([col], { checks: [{ name: 'c', sql }] }))).toEqual(values);
    expect(inferGenerator(col, table([col], { checks: [{ name: 'c', sql }] }))?.type).toBe('oneOf');
  });

  test('NOT IN and other columns are ignored', () => {
    const col = column('text', { name: 'status', key: 'status' });
    expect(checkedValues(col, table([col], { checks: [{ name: 'c', sql: "status not in ('x')" }] }))).toBeUndefined();
    expect(checkedValues(col, table([col], { checks: [{ name: 'c', sql: "substatus in ('x')" }] }))).toBeUndefined();
  });
});

describe('unique columns get generators that can promise distinct values', () => {
  test.each([
    ['email', 'text', 'email'],
    ['username', 'varchar', 'username'],
    ['slug', 'text', 'slug'],
    ['description', 'text', 'sentence'],
    ['code', 'varchar', 'pattern'],
    ['whatever', 'text', 'string'],
    ['ip_address', 'text', 'sentence'],
  ] as const)('%s (%s, unique) -> g.%s()', (name, kind, type) => {
    const { gen } = infer(name, kind, kind === 'varchar' ? { length: 64 } : {}, { unique: true });
    expect(gen?.type).toBe(type);
    expect(getGenerator(gen!.type)?.createUnique).toBeDefined();
  });
});

describe('inferred generators build and produce values for their columns', () => {
  const COLUMNS: [string, ColumnKind, Partial<ColumnModel>][] = [
    ['email', 'varchar', { length: 100 }],
    ['name', 'varchar', { length: 50 }],
    ['phone', 'varchar', { length: 20 }],
    ['country', 'char', { length: 2 }],
    ['state', 'varchar', { length: 2 }],
    ['zip', 'varchar', { length: 10 }],
    ['price', 'numeric', { precision: 6, scale: 2 }],
    ['balance', 'numeric', { precision: 4, scale: 0 }],
    ['latitude', 'numeric', { precision: 8, scale: 6 }],
    ['rating', 'numeric', { precision: 2, scale: 1 }],
    ['salary', 'numeric', { precision: 5, scale: 0 }],
    ['age', 'smallint', {}],
    ['year', 'integer', {}],
    ['title', 'varchar', { length: 10 }],
    ['description', 'varchar', { length: 30 }],
    ['currency', 'char', { length: 3 }],
    ['timezone', 'varchar', { length: 40 }],
    ['created_at', 'timestamptz', {}],
    ['metadata', 'jsonb', {}],
    ['tags', 'text', { arrayDimensions: 1 }],
    ['scores', 'integer', { arrayDimensions: 1 }],
    ['token', 'varchar', { length: 16 }],
    ['settings', 'jsonb', {}],
    ['code', 'char', { length: 6 }],
  ];

  test.each(COLUMNS)('%s (%s %j)', (name, kind, extra) => {
    const { gen, col, tbl } = infer(name, kind, extra);
    expect(gen).toBeDefined();
    const impl = getGenerator(gen!.type)!;
    expect(impl, gen!.type).toBeDefined();
    const ctx = context(col, { table: tbl, count: 100 });
    const values = sample(build(gen!.type, { ...gen!.options }, ctx), 100);
    expect(values.every((v) => v !== undefined)).toBe(true);
    if (col.length !== undefined && col.arrayDimensions === 0) expect(values.every((v) => String(v).length <= col.length!)).toBe(true);
  });
});
