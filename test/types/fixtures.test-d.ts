import { describe, expectTypeOf, it } from 'vitest';
import { defineTable, g, type FixtureRefGenerator, type TableDefinition } from '../../dsl/index.ts';
import * as blog from '../../examples/blog/schema.ts';
import * as ks from '../fixtures/schemas/kitchen-sink.ts';

const users = defineTable(blog.users, {
  fixtures: {
    admin: { email: 'admin@example.com', role: 'admin' },
    guest: { email: 'guest@example.com', bio: null },
  },
});

describe('named fixtures', () => {
  it('carry their names in the definition type', () => {
    expectTypeOf(users).toEqualTypeOf<TableDefinition<typeof blog.users, 'admin' | 'guest'>>();
    expectTypeOf(users).toMatchTypeOf<TableDefinition>();
  });

  it('check fixture values against the columns', () => {
    defineTable(ks.accounts, { fixtures: { a: { tags: ['x', 'y'], prefs: { theme: 'dark' }, createdAt: new Date(0), balance: '1.250', age: null } } });
    // @ts-expect-error: fixture "x": users.role stores values of its enum
    defineTable(blog.users, { fixtures: { x: { role: 'root' } } });
    // @ts-expect-error: fixture "x": users has no column "emial"
    defineTable(blog.users, { fixtures: { x: { emial: 'a@b.c' } } });
    // @ts-expect-error: fixture "x": users.email is NOT NULL; give it a value or leave it out
    defineTable(blog.users, { fixtures: { x: { email: null } } });
    // @ts-expect-error: fixture "x": users.email takes a plain value or g.fixture(definition, 'name'), not a generator
    defineTable(blog.users, { fixtures: { x: { email: g.email() } } });
  });

  it('g.fixture() points a foreign key at a fixture, checked by name and key type', () => {
    const ref = g.fixture(users, 'admin');
    expectTypeOf(ref).toEqualTypeOf<FixtureRefGenerator<'users', 'admin', 'id', number>>();
    defineTable(blog.posts, { columns: { authorId: g.fixture(users, 'admin') } });
    defineTable(blog.posts, { fixtures: { welcome: { authorId: g.fixture(users, 'admin'), title: 'Welcome' } } });
    // @ts-expect-error: "admn" is not a fixture of users
    g.fixture(users, 'admn');
    const plain = defineTable(blog.users);
    // @ts-expect-error: a definition without fixtures has none to point at
    g.fixture(plain, 'admin');
    const categories = defineTable(ks.categories, { fixtures: { root: { name: 'Root', slug: 'root' } } });
    defineTable(ks.categories, { fixtures: { child: { name: 'Child', slug: 'child', parentId: g.fixture(categories, 'root') } } });
    // @ts-expect-error: g.fixture() points at categories fixture "root" (numbers), but memberships.accountId stores strings
    defineTable(ks.memberships, { columns: { accountId: g.fixture(categories, 'root') } });
  });
});
