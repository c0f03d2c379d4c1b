// drizzle-seed's side of the benchmark: the same schema and counts as bench/mock.config.ts, with comparable
// generators, through drizzle-orm's node-postgres driver (postgres.js hits the bind-parameter limit at ~10k rows).
// The harness bundles this file with esbuild and runs it as plain JavaScript, like seedforge's prebuilt CLI.
// Usage: node drizzle-seed.mjs <database-url> '<counts as JSON>' [seed]
import { drizzle } from 'drizzle-orm/node-postgres';
import { seed } from 'drizzle-seed';
import pg from 'pg';
import * as schema from './schema.ts';

const [url, countsJson, seedArg] = process.argv.slice(2);
if (!url || !countsJson) throw new Error('usage: drizzle-seed.mjs <database-url> <counts-json> [seed]');
const counts = JSON.parse(countsJson) as Record<'users' | 'products' | 'orders' | 'order_items' | 'reviews', number>;

const pool = new pg.Pool({ connectionString: url, max: 1 });
const db = drizzle(pool);
try {
  await seed(db, schema, { seed: Number(seedArg ?? 1) }).refine((f) => ({
    users: {
      count: counts.users,
      columns: {
        email: f.email(),
        name: f.fullName(),
        createdAt: f.timestamp(),
      },
    },
    products: {
      count: counts.products,
      columns: {
        name: f.companyName(),
        description: f.loremIpsum({ sentencesCount: 3 }),
        price: f.number({ minValue: 1, maxValue: 500, precision: 100 }),
        createdAt: f.timestamp(),
      },
    },
    orders: {
      count: counts.orders,
      columns: {
        status: f.valuesFromArray({ values: ['pending', 'paid', 'shipped', 'delivered', 'cancelled'] }),
        total: f.number({ minValue: 5, maxValue: 2000, precision: 100 }),
        createdAt: f.timestamp(),
      },
    },
    orderItems: {
      count: counts.order_items,
      columns: {
        quantity: f.int({ minValue: 1, maxValue: 5 }),
        unitPrice: f.number({ minValue: 1, maxValue: 500, precision: 100 }),
      },
    },
    reviews: {
      count: counts.reviews,
      columns: {
        rating: f.int({ minValue: 1, maxValue: 5 }),
        body: f.loremIpsum({ sentencesCount: 2 }),
        createdAt: f.timestamp(),
      },
    },
  }));
} finally {
  await pool.end();
}
