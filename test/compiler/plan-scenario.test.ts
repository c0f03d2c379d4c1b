import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag, prepare } from '../../compiler/index.ts';

const root = join(import.meta.dirname, '../..');
const bad = join(import.meta.dirname, '../fixtures/bad-config');

async function planOf(options: Parameters<typeof prepare>[0]) {
  const bag = new DiagnosticBag();
  const { prepared } = await prepare(options, bag);
  return { bag, plan: prepared[0]?.plan };
}

describe('planScenario (the plan as data)', () => {
  it('orders the blog by foreign keys and decides every column', async () => {
    const { bag, plan } = await planOf({ config: join(root, 'examples/blog/mock.config.ts') });
    expect(bag.errors).toEqual([]);
    expect(plan!.tables.map((t) => t.table.name)).toEqual(['tags', 'users', 'posts', 'comments', 'post_tags']);
    expect(Object.fromEntries(plan!.tables.map((t) => [t.table.name, t.count]))).toEqual({ tags: 25, users: 50, posts: 200, comments: 600, post_tags: 500 });
    const posts = plan!.tables.find((t) => t.table.name === 'posts')!;
    const fills = Object.fromEntries(posts.columns.map((c) => [c.column.name, c.fill.kind === 'generator' ? `${c.fill.origin}:${c.fill.generator.type}` : c.fill.kind]));
    expect(fills).toMatchObject({ id: 'serial', author_id: 'ref', title: 'user:sentence', slug: 'derive', created_at: 'inferred:timestamp' });
    expect(posts.refs[0]).toMatchObject({ distribution: 'zipf', unique: false, strategy: 'ordered' });
    const postTags = plan!.tables.find((t) => t.table.name === 'post_tags')!;
    expect(postTags.joints).toHaveLength(1);
    expect(postTags.joints[0]!.capacity).toBe(200 * 25);
    const comments = plan!.tables.find((t) => t.table.name === 'comments')!;
    expect(comments.refs.find((r) => r.self)).toMatchObject({ self: true, nullFraction: 0.2 });
  });

  it('refuses a composite key of two foreign keys larger than the product of the parent counts', async () => {
    const { bag } = await planOf({ config: join(bad, 'join-table.config.ts') });
    expect(bag.errors.map((d) => d.message)).toEqual([
      'post_tags: 13 rows cannot be generated: its primary key (post_id, tag_id) has only 12 distinct combinations: public.posts (4 rows) x public.tags (3 rows).',
    ]);
  });

  it('lowers a count with a warning when the user gave none', async () => {
    const { bag, plan } = await planOf({ schema: join(bad, 'join-table.ts'), counts: { '*': 5 } });
    expect(bag.errors).toEqual([]);
    expect(plan!.tables.find((t) => t.table.name === 'post_tags')!.count).toBe(5);
    const lowered = await planOf({ schema: join(bad, 'join-table.ts'), counts: { '*': 30, posts: 3, tags: 2 } });
    expect(lowered.plan!.tables.find((t) => t.table.name === 'post_tags')!.count).toBe(6);
    expect(lowered.bag.items.find((d) => d.code === 'SEEDFORGE_COUNT_LOWERED')?.message).toMatch(/post_tags: count lowered from 30 to 6/);
  });
});

describe('unique columns over small domains', () => {
  it('lowers counts with a warning when the user gave none, and refuses when the user asked for more', async () => {
    const schema = join(import.meta.dirname, '../fixtures/schemas/small-domains.ts');
    const { bag, plan } = await planOf({ schema, counts: { '*': 50 } });
    expect(bag.errors).toEqual([]);
    expect(Object.fromEntries(plan!.tables.map((t) => [t.table.name, t.count]))).toEqual({ tiers: 3, slots: 12 });
    expect(bag.items.map((d) => d.message)).toEqual(
      expect.arrayContaining([
        'tiers: count lowered from 50 to 3: tier must be unique but only 3 distinct values fit it.',
        'slots: count lowered from 50 to 12: slot must be unique but only 12 distinct values fit it.',
      ]),
    );
    const refused = await planOf({ schema, counts: { '*': 50, slots: 13 } });
    expect(refused.bag.errors.map((d) => d.message)).toEqual(['slots: 13 rows cannot be generated: slot must be unique but only 12 distinct values fit it.']);
  });
});

describe('a composite key with a member pinned to a fixture', () => {
  it('keeps the other members distinct and every row on the fixture', async () => {
    const { bag, plan } = await planOf({ config: join(import.meta.dirname, '../fixtures/pinned/mock.config.ts') });
    expect(bag.errors).toEqual([]);
    const postTags = plan!.tables.find((t) => t.table.name === 'post_tags')!;
    expect(postTags.joints[0]!.columns).toEqual(['tag_id']);
    const { prepared } = await prepare({ config: join(import.meta.dirname, '../fixtures/pinned/mock.config.ts') }, new DiagnosticBag());
    const source = prepared[0]!.sources.get('public.post_tags')!;
    const rows = Array.from({ length: source.count }, (_, i) => source.row(i));
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set([1]));
    expect(new Set(rows.map((r) => r[1])).size).toBe(12);
  });
});

describe('composite keys made only of text', () => {
  const schema = join(import.meta.dirname, '../fixtures/schemas/text-keys.ts');

  it('makes one member distinct, falling back to random strings when its generator has too few values', async () => {
    const bag = new DiagnosticBag();
    const { prepared } = await prepare({ schema, counts: { '*': 10, people: 5000, codes: 300 } }, bag);
    expect(bag.errors).toEqual([]);
    expect(bag.items.filter((d) => d.code === 'SEEDFORGE_UNIQUE_FALLBACK').map((d) => d.path)).toEqual([['people', 'firstName']]);
    for (const [table, count] of [['public.people', 5000], ['public.codes', 300]] as const) {
      const source = prepared[0]!.sources.get(table)!;
      const tuples = new Set(Array.from({ length: count }, (_, i) => JSON.stringify(source.row(i).slice(1, 3))));
      expect(tuples.size, table).toBe(count);
    }
  });
});

describe('inferred unique text columns', () => {
  it('fall back to distinct strings with a warning instead of failing when the rows outnumber the values', async () => {
    const bag = new DiagnosticBag();
    const { prepared } = await prepare({ schema: join(import.meta.dirname, '../fixtures/schemas/text-keys.ts'), counts: { '*': 10, cities: 3000 } }, bag);
    expect(bag.errors).toEqual([]);
    expect(bag.items.filter((d) => d.code === 'SEEDFORGE_UNIQUE_FALLBACK').map((d) => d.message)).toEqual([
      'cities.city: g.city() has too few distinct values for 3000 rows, so g.string() over the whole column type makes them instead.',
      'cities.country: g.country() has too few distinct values for 3000 rows, so g.string() over the whole column type makes them instead.',
    ]);
    const source = prepared[0]!.sources.get('public.cities')!;
    for (const position of [1, 2]) expect(new Set(Array.from({ length: 3000 }, (_, i) => source.row(i)[position])).size).toBe(3000);
  });
});

describe('a one-to-one foreign key that closes a nullable cycle', () => {
  it('gives NULL to the children past the parent count instead of repeating a parent', async () => {
    const bag = new DiagnosticBag();
    const { prepared } = await prepare({ schema: join(import.meta.dirname, '../fixtures/schemas/uuid-cycles.ts'), counts: { '*': 50, members: 20 } }, bag);
    expect(bag.errors).toEqual([]);
    const accounts = prepared[0]!.sources.get('public.accounts')!;
    const owners = Array.from({ length: 50 }, (_, i) => accounts.row(i)[1]);
    expect(owners.slice(20).every((o) => o === null)).toBe(true);
    expect(new Set(owners.slice(0, 20)).size).toBe(20);
  });
});
