import { defineConfig, defineScenario, defineTable, g } from 'seedforge';
import * as schema from './schema.ts';

const users = defineTable(schema.users, {
  count: 50,
  columns: {
    email: g.email({ domain: 'blog.example', unique: true }),
    displayName: g.fullName(),
    bio: g.paragraph().nullable(0.3),
    role: g.oneOf(['reader', 'author', 'editor', 'admin'], { weights: [70, 20, 8, 2] }),
  },
  // Rows 1 and 2, with ids known at compile time: generated/blog/fixtures.d.ts types fixtures.users.admin.id as 1.
  fixtures: {
    admin: { email: 'admin@blog.example', displayName: 'Ada Admin', role: 'admin' },
    author: { email: 'author@blog.example', role: 'author' },
  },
});

const posts = defineTable(schema.posts, {
  count: 200,
  columns: {
    authorId: g.ref(schema.users.id, { distribution: 'zipf' }),
    title: g.sentence({ min: 3, max: 8 }),
    slug: g.derive((row) => `${String(row.title).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${(row.id as number).toString(36)}`),
    body: g.paragraphs({ min: 2, max: 5 }),
    status: g.oneOf(['draft', 'published', 'archived'], { weights: [2, 7, 1] }),
    featured: g.boolean({ probability: 0.1 }),
    readMinutes: g.int({ min: 1, max: 30 }),
    publishedAt: g.timestamp({ pastDays: 365 }).nullable(0.2),
  },
  fixtures: {
    welcome: { authorId: g.fixture(users, 'admin'), title: 'Welcome to the blog', slug: 'welcome', status: 'published', featured: true },
  },
});

const comments = defineTable(schema.comments, {
  count: 600,
  columns: { body: g.sentence({ min: 4, max: 20 }) },
});

const tags = defineTable(schema.tags, { count: 25, columns: { name: g.word().asUnique() } });

const postTags = defineTable(schema.postTags, { count: 500 });

/** The blog demo data set. */
export const blog = defineScenario({ name: 'blog', schema, seed: 42, tables: [users, posts, comments, tags, postTags] });

export default defineConfig({ schema, outDir: '../../generated', scenarios: [blog] });
