import { defineConfig, defineScenario, defineTable, g } from 'seedforge';
import * as schema from './schema.ts';

const customers = defineTable(schema.customers, {
  count: 120,
  columns: {
    email: g.email({ domain: 'shop.example', unique: true }),
    address: g.address().nullable(0.1),
  },
});

const products = defineTable(schema.products, {
  count: 40,
  columns: {
    sku: g.pattern('SKU-#####', { unique: true }),
    name: g.words({ min: 2, max: 4 }),
    price: g.price({ min: 2, max: 400 }),
    stock: g.int({ min: 0, max: 500 }),
    tags: g.array(g.word(), { min: 1, max: 4 }),
  },
});

const orders = defineTable(schema.orders, {
  count: 300,
  columns: {
    customerId: g.ref(schema.customers.id, { distribution: 'zipf' }),
    status: g.oneOf(['pending', 'paid', 'shipped', 'delivered', 'cancelled'], { weights: [1, 2, 3, 10, 1] }),
    total: g.amount({ min: 5, max: 2000 }),
    placedAt: g.timestamp({ pastDays: 180 }),
  },
});

const orderItems = defineTable(schema.orderItems, {
  count: 900,
  columns: {
    quantity: g.int({ min: 1, max: 5 }),
    unitPrice: g.price({ min: 2, max: 400 }),
  },
});

const reviews = defineTable(schema.reviews, {
  count: 150,
  columns: {
    rating: g.oneOf([1, 2, 3, 4, 5], { weights: [1, 1, 3, 6, 8] }),
    body: g.paragraph().nullable(0.4),
    createdAt: g.timestamp({ pastDays: 120 }),
  },
});

/** The shop demo data set. */
export const shop = defineScenario({ name: 'shop', schema, seed: 7, tables: [customers, products, orders, orderItems, reviews] });

/** The same shop, ten times larger. */
export const shopLarge = defineScenario({ name: 'shop-large', extends: shop, volumeMultiplier: 10 });

export default defineConfig({ schema, outDir: '../../generated', scenarios: [shop] });
