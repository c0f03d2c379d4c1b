import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, check, integer, pgEnum, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, varchar } from 'drizzle-orm/pg-core';

export const userRole = pgEnum('user_role', ['reader', 'author', 'editor', 'admin']);
export const postStatus = pgEnum('post_status', ['draft', 'published', 'archived']);

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  email: varchar('email', { length: 255 }).notNull().unique(),
  displayName: varchar('display_name', { length: 80 }).notNull(),
  bio: text('bio'),
  avatarUrl: text('avatar_url'),
  role: userRole('role').notNull().default('reader'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const posts = pgTable(
  'posts',
  {
    id: serial('id').primaryKey(),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    title: varchar('title', { length: 200 }).notNull(),
    slug: varchar('slug', { length: 220 }).notNull(),
    body: text('body').notNull(),
    status: postStatus('status').notNull().default('draft'),
    featured: boolean('featured').notNull().default(false),
    readMinutes: integer('read_minutes').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('posts_slug_idx').on(t.slug), check('posts_read_minutes_range', sql`${t.readMinutes} between 1 and 60`)],
);

export const comments = pgTable('comments', {
  id: serial('id').primaryKey(),
  postId: integer('post_id')
    .notNull()
    .references(() => posts.id),
  authorId: integer('author_id')
    .notNull()
    .references(() => users.id),
  parentId: integer('parent_id').references((): AnyPgColumn => comments.id),
  body: text('body').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const tags = pgTable('tags', {
  id: serial('id').primaryKey(),
  name: varchar('name', { length: 40 }).notNull().unique(),
});

export const postTags = pgTable(
  'post_tags',
  {
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id),
  },
  (t) => [primaryKey({ columns: [t.postId, t.tagId] })],
);
