import { describe, expect, it } from 'vitest';
import type { ForeignKeyEdge, TableModel } from '../../compiler/model.ts';
import { orderByForeignKeys } from '../../compiler/order-by-foreign-keys.ts';

function table(name: string, fks: [string, string, boolean][] = []): TableModel {
  const columns = fks.map(([col, , notNull]) => ({ name: col, key: col, kind: 'integer' as const, sqlType: 'integer', notNull, hasDefault: false, sequence: null, arrayDimensions: 0 }));
  return {
    id: `public.${name}`,
    schema: 'public',
    name,
    columns: [{ name: 'id', key: 'id', kind: 'integer', sqlType: 'integer', notNull: true, hasDefault: true, sequence: 'serial', arrayDimensions: 0 }, ...columns],
    primaryKey: ['id'],
    uniques: [],
    foreignKeys: fks.map(([col, to]) => ({ name: `${name}_${col}_fk`, from: `public.${name}`, columns: [col], to: `public.${to}`, toColumns: ['id'] })),
    checks: [],
  };
}

describe('orderByForeignKeys', () => {
  it('puts parents first and breaks ties by name', () => {
    const tables = [table('order_items', [['order_id', 'orders', true], ['product_id', 'products', true]]), table('orders', [['user_id', 'users', true]]), table('users'), table('products')];
    expect(orderByForeignKeys(tables).order).toEqual(['public.products', 'public.users', 'public.orders', 'public.order_items']);
  });

  it('keeps self-references ordered', () => {
    const result = orderByForeignKeys([table('categories', [['parent_id', 'categories', false]])]);
    expect(result.order).toEqual(['public.categories']);
    expect([...result.strategies.values()]).toEqual(['ordered']);
  });

  it('breaks a cycle on its nullable edge with a fix-up', () => {
    const tables = [table('teams', [['captain_id', 'players', false]]), table('players', [['team_id', 'teams', true]])];
    const { order, strategies } = orderByForeignKeys(tables);
    expect(order).toEqual(['public.teams', 'public.players']);
    const byName = new Map([...strategies].map(([edge, s]) => [edge.name, s]));
    expect(byName.get('teams_captain_id_fk')).toBe('fixup');
    expect(byName.get('players_team_id_fk')).toBe('ordered');
  });

  it('relaxes a cycle of NOT NULL edges', () => {
    const tables = [table('a', [['b_id', 'b', true]]), table('b', [['a_id', 'a', true]])];
    const { order, strategies } = orderByForeignKeys(tables);
    expect(order).toHaveLength(2);
    expect([...strategies.values()].sort()).toEqual(['ordered', 'relaxed']);
  });

  it('ignores references to tables outside the model', () => {
    const edge: ForeignKeyEdge = { name: 'x', from: 'public.a', columns: ['b_id'], to: 'public.elsewhere', toColumns: ['id'] };
    const a = { ...table('a'), foreignKeys: [edge] };
    expect(orderByForeignKeys([a]).strategies.get(edge)).toBe('ordered');
  });
});
