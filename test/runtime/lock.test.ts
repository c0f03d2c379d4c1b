import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Database } from '../../runtime/connection.ts';
import { withLock } from '../../runtime/lock.ts';
import { holdLock } from './support/hold-lock.ts';
import { createTestTarget, type TestTarget } from './support/targets.ts';
import { hasDatabase } from '../support/database.ts';

describe.skipIf(!hasDatabase())('withLock (PostgreSQL, two sessions)', () => {
  let t: TestTarget;
  let a: Database;
  let b: Database;
  beforeAll(async () => {
    t = await createTestTarget('postgres');
    a = await connect(t.target);
    b = await connect(t.target);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await t?.drop();
  });

  it('fails at once with a clear message when told not to wait', async () => {
    const first = await holdLock(a);
    await expect(withLock(b, async () => 'second', { timeoutMs: 0 })).rejects.toThrow(/another seedforge run holds the lock on this database \(backend pid \d+, seedforge/);
    await first.release();
  });

  it('waits for the holder, then runs', async () => {
    const order: string[] = [];
    const first = await holdLock(a, () => order.push('first'));
    const waits: string[] = [];
    const second = withLock(b, async () => order.push('second'), { timeoutMs: 10_000, onWait: (m) => waits.push(m) });
    await new Promise((r) => setTimeout(r, 200));
    await Promise.all([first.release(), second]);
    expect(order).toEqual(['first', 'second']);
    expect(waits).toHaveLength(1);
  });

  it('gives up after the timeout', async () => {
    const first = await holdLock(a);
    const started = Date.now();
    await expect(withLock(b, async () => 'x', { timeoutMs: 300 })).rejects.toMatchObject({ code: 'SEEDFORGE_LOCKED' });
    expect(Date.now() - started).toBeLessThan(5_000);
    await first.release();
    expect(await withLock(b, async () => 'after')).toBe('after');
  });
});
