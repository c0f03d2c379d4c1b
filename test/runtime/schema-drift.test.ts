import { describe, expect, it } from 'vitest';
import type { LiveSchema } from '../../runtime/introspect-schema.ts';
import type { SchemaSnapshot, SchemaTable } from '../../runtime/manifest.ts';
import { diffSchema, normalizeType } from '../../runtime/schema-drift.ts';

const users: SchemaTable = {
  schema: 'public',
  name: 'users',
  columns: [
    { name: 'id', type: 'integer', notNull: true },
    { name: 'role', type: '"public"."role"', notNull: true },
    { name: 'tags', type: 'text[]', notNull: false },
  ],
  primaryKey: ['id'],
  uniques: [['email', 'org_id']],
  foreignKeys: [{ columns: ['org_id'], references: { schema: 'public', table: 'orgs', columns: ['id'] } }],
  checks: ['users_age'],
};
const snapshot: SchemaSnapshot = { fingerprint: 'x', enums: [{ schema: 'public', name: 'role', values: ['a', 'b'] }], tables: [users] };

function live(table: SchemaTable | undefined, enumValues: string[] | null = ['a', 'b', 'c']): LiveSchema {
  return { tables: new Map(table ? [['public.users', table]] : []), enums: new Map(enumValues ? [['public.role', enumValues]] : []) };
}

describe('diffSchema', () => {
  it('finds nothing when only spelling differs (quotes, public., unique column order) and the database has extra enum values', () => {
    const same = { ...users, columns: users.columns.map((c) => (c.name === 'role' ? { ...c, type: 'public.role' } : c)), uniques: [['org_id', 'email']] };
    expect(diffSchema(snapshot, live(same))).toEqual([]);
  });

  it('lists every kind of difference precisely', () => {
    const changed: SchemaTable = {
      ...users,
      columns: [
        { name: 'id', type: 'bigint', notNull: true },
        { name: 'tags', type: 'text[]', notNull: true },
        { name: 'extra', type: 'text', notNull: false },
      ],
      primaryKey: ['id', 'extra'],
      uniques: [],
      foreignKeys: [],
      checks: ['users_other'],
    };
    expect(diffSchema(snapshot, live(changed, ['a'])).map((d) => d.message)).toEqual([
      'public.users.id: type is bigint in the database, integer in the artifacts',
      'public.users.role: column is missing',
      'public.users.tags: NOT NULL in the database, nullable in the artifacts',
      'public.users.extra: column exists in the database but not in the artifacts',
      'public.users: primary key is (id, extra) in the database, (id) in the artifacts',
      'public.users: unique (email, org_id) is missing in the database',
      'public.users: foreign key (org_id) -> public.orgs (id) is missing in the database',
      'public.users: check constraint "users_age" is missing in the database',
      'public.users: check constraint "users_other" exists in the database but not in the artifacts',
      "enum public.role lacks value(s) 'b'",
    ]);
  });

  it('reports a missing table and a missing enum', () => {
    expect(diffSchema(snapshot, live(undefined, null)).map((d) => d.kind)).toEqual(['missing-table', 'enum']);
  });

  it('normalizes type spellings', () => {
    expect(normalizeType('"public"."Role"')).toBe('role');
    expect(normalizeType('numeric(10, 2)')).toBe('numeric(10,2)');
    expect(normalizeType('"billing"."currency"[]')).toBe('billing.currency[]');
  });
});
