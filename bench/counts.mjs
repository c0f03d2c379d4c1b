// Rows per table at scale 1 (24,200 rows); the harness multiplies them by --scale.
export const BASE_COUNTS = Object.freeze({ users: 1000, products: 200, orders: 5000, order_items: 15000, reviews: 3000 });

/** Counts at a scale (at least 1 row per table). */
export function countsAt(scale) {
  return Object.fromEntries(Object.entries(BASE_COUNTS).map(([table, n]) => [table, Math.max(1, Math.round(n * scale))]));
}
