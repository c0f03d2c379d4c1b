// seedforge's side of the benchmark: the reference schema with generators comparable to bench/drizzle-seed.ts.
// Counts here are scale 1; the harness passes `--count table=N` for other scales.
import { defineConfig, defineScenario, defineTable, g } from 'seedforge';
import * as schema from './schema.ts';

const users = defineTable(schema.users, {
  count: 1000,
  columns: {
    email: g.email({ unique: true }),
    name: g.fullName(),
    createdAt: g.timestamp({ pastDays: 365 }),
  },
});

const products = defineTable(schema.products, {
  count: 200,
  columns: {
    name: g.company(),
    description: g.paragraph({ min: 3, max: 3 }),
    price: g.price({ min: 1, max: 500 }),
    createdAt: g.timestamp({ pastDays: 365 }),
  },
});

const orders = defineTable(schema.orders, {
  count: 5000,
  columns: {
    userId: g.ref(schema.users.id),
    status: g.oneOf(['pending', 'paid', 'shipped', 'delivered', 'cancelled']),
    total: g.amount({ min: 5, max: 2000 }),
    createdAt: g.timestamp({ pastDays: 365 }),
  },
});

const orderItems = defineTable(schema.orderItems, {
  count: 15000,
  columns: {
    orderId: g.ref(schema.orders.id),
    productId: g.ref(schema.products.id),
    quantity: g.int({ min: 1, max: 5 }),
    unitPrice: g.price({ min: 1, max: 500 }),
  },
});

const reviews = defineTable(schema.reviews, {
  count: 3000,
  columns: {
    userId: g.ref(schema.users.id),
    productId: g.ref(schema.products.id),
    rating: g.int({ min: 1, max: 5 }),
    body: g.paragraph({ min: 2, max: 2 }),
    createdAt: g.timestamp({ pastDays: 365 }),
  },
});

export const bench = defineScenario({ name: 'bench', schema, seed: 1, tables: [users, products, orders, orderItems, reviews] });

export default defineConfig({ schema, outDir: '../.tmp/bench/generated', scenarios: [bench] });
