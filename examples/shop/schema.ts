import { sql } from 'drizzle-orm';
import { check, integer, jsonb, numeric, pgEnum, pgSchema, pgTable, primaryKey, smallint, text, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';

export const orderStatus = pgEnum('order_status', ['pending', 'paid', 'shipped', 'delivered', 'cancelled']);

/** Catalogue tables live in their own PostgreSQL schema. */
export const catalog = pgSchema('catalog');

export const customers = pgTable('customers', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: varchar('email', { length: 255 }).notNull().unique(),
  firstName: varchar('first_name', { length: 60 }).notNull(),
  lastName: varchar('last_name', { length: 60 }).notNull(),
  phone: varchar('phone', { length: 32 }),
  address: jsonb('address'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const products = catalog.table(
  'products',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    sku: varchar('sku', { length: 16 }).notNull().unique(),
    name: varchar('name', { length: 120 }).notNull(),
    description: text('description'),
    price: numeric('price', { precision: 10, scale: 2 }).notNull(),
    stock: smallint('stock').notNull(),
    tags: text('tags').array().notNull(),
  },
  (t) => [check('products_price_positive', sql`${t.price} > 0`), check('products_stock_range', sql`${t.stock} between 0 and 5000`)],
);

export const orders = pgTable('orders', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  customerId: uuid('customer_id')
    .notNull()
    .references(() => customers.id),
  status: orderStatus('status').notNull(),
  total: numeric('total', { precision: 12, scale: 2 }).notNull(),
  placedAt: timestamp('placed_at', { withTimezone: true }).notNull(),
});

export const orderItems = pgTable(
  'order_items',
  {
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    lineNo: smallint('line_no').notNull(),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id),
    quantity: smallint('quantity').notNull(),
    unitPrice: numeric('unit_price', { precision: 10, scale: 2 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.lineNo] }), check('order_items_quantity_positive', sql`${t.quantity} >= 1 and ${t.quantity} <= 20`)],
);

export const reviews = pgTable(
  'reviews',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id),
    rating: smallint('rating').notNull(),
    body: text('body'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('reviews_one_per_customer_product').on(t.customerId, t.productId), check('reviews_rating_range', sql`${t.rating} between 1 and 5`)],
);
