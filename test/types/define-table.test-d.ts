import { describe, expectTypeOf, it } from 'vitest';
import { defineTable, g, type SeedforgeTypeError, type TableDefinition, type TableRules } from '../../dsl/index.ts';
import * as blog from '../../examples/blog/schema.ts';
import * as ks from '../fixtures/schemas/kitchen-sink.ts';

describe('defineTable: rules are checked against the Drizzle table', () => {
  it('accepts fitting generators, widened where the emitter converts losslessly', () => {
    const def = defineTable(ks.accounts, {
      count: 5,
      columns: {
        email: g.email({ unique: true }),
        mood: g.oneOf(['happy', 'sad']),
        age: g.int({ min: 13, max: 120 }).nullable(),
        balance: g.decimal({ scale: 3 }),
        big: g.int(),
        createdAt: g.timestamp({ pastDays: 30 }),
        updatedAt: g.timestamp(),
        tags: g.array(g.word()),
        prefs: g.json({ theme: g.oneOf(['dark', 'light']) }),
        karma: g.default(),
      },
    });
    expectTypeOf(def).toEqualTypeOf<TableDefinition<typeof ks.accounts, never>>();
  });

  it('accepts rules typed elsewhere and columns left undefined', () => {
    const rules: TableRules<typeof blog.users> = { count: 3, columns: { email: g.email() } };
    defineTable(blog.users, rules);
    const columns = { email: g.email(), bio: undefined };
    defineTable(blog.users, { columns });
  });

  it('names an unknown column', () => {
    // @ts-expect-error: users has no column "emial"
    defineTable(blog.users, { columns: { emial: g.email() } });
  });

  it('names an unknown option (and keeps excess-property errors for a lone typo)', () => {
    // @ts-expect-error: defineTable has no option "colums"
    defineTable(blog.users, { count: 1, colums: { email: g.email() } });
    // @ts-expect-error: Did you mean to write 'columns'?
    defineTable(blog.users, { colums: { email: g.email() } });
  });

  it('rejects a generator whose values do not fit', () => {
    // @ts-expect-error: users.email stores strings; this generator makes values of another type
    defineTable(blog.users, { columns: { email: g.int() } });
    // @ts-expect-error: users.role stores values of its enum
    defineTable(blog.users, { columns: { role: g.oneOf(['admin', 'root']) } });
    // @ts-expect-error: posts.readMinutes stores numbers
    defineTable(blog.posts, { columns: { readMinutes: g.word() } });
    // @ts-expect-error: a column rule must be a generator
    defineTable(blog.posts, { columns: { readMinutes: 5 } });
  });

  it('rejects NULL in a NOT NULL column and g.default() without a DEFAULT', () => {
    // @ts-expect-error: users.email is NOT NULL, but this generator can make NULL
    defineTable(blog.users, { columns: { email: g.email().nullable() } });
    // @ts-expect-error: g.default() needs a DEFAULT, but users.displayName has none and is NOT NULL
    defineTable(blog.users, { columns: { displayName: g.default() } });
    defineTable(blog.users, { columns: { bio: g.default(), role: g.default() } });
  });

  it('rejects g.ref() to a column of another type', () => {
    defineTable(blog.posts, { columns: { authorId: g.ref(blog.users.id, { distribution: 'zipf' }) } });
    // @ts-expect-error: g.ref() points at tags.name, which stores strings, but posts.authorId stores numbers
    defineTable(blog.posts, { columns: { authorId: g.ref(blog.tags.name) } });
    // @ts-expect-error: g.ref() points at accounts.id (strings), but invoices.accountId... (here: a number column)
    defineTable(ks.players, { columns: { teamId: g.ref(ks.accounts.id) } });
  });

  it('with infer: false, requires a rule for every NOT NULL column without a default', () => {
    defineTable(blog.users, { infer: false, columns: { email: g.email(), displayName: g.fullName() } });
    // @ts-expect-error: infer is false, so users.displayName (NOT NULL, no default) needs a generator
    defineTable(blog.users, { infer: false, columns: { email: g.email() } });
    // @ts-expect-error: columns is required when required columns exist
    defineTable(blog.users, { infer: false });
    // Integer primary keys are numbered, serial and defaulted columns are filled by the database.
    defineTable(ks.husbands, { infer: false, columns: { wifeId: g.ref(ks.wives.id) } });
    defineTable(blog.tags, { infer: true, columns: {} });
  });

  it('the error is a named type, not never', () => {
    type Message = 'users.email stores strings; this generator makes values of another type.';
    expectTypeOf<SeedforgeTypeError<Message>>().not.toBeNever();
    expectTypeOf<SeedforgeTypeError<Message>>().not.toEqualTypeOf<SeedforgeTypeError<'another message'>>();
  });
});
