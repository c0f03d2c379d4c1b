import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Database } from '../../runtime/connection.ts';
import { withLock } from '../../runtime/lock.ts';
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
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let entered!: () => void;
    const inside = new Promise<void>((r) => (entered = r));
    const first = withLock(a, async () => {
      entered();
      await held;
    });
    await inside;
    await expect(withLock(b, async () => 'second', { timeoutMs: 0 })).rejects.toThrow(/another seedforge run holds the lock on this database \(backend pid \d+, seedforge/);
    release();
    await first;
  });

  it('waits for the holder, then runs', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let entered!: () => void;
    const inside = new Promise<void>((r) => (entered = r));
    const order: string[] = [];
    const first = withLock(a, async () => {
      entered();
      await held;
      order.push('first');
    });
    await inside;
    const waits: string[] = [];
    const second = withLock(b, async () => order.push('second'), { timeoutMs: 10_000, onWait: (m) => waits.push(m) });
    await new Promise((r) => setTimeout(r, 200));
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
    expect(waits).toHaveLength(1);
  });

  it('gives up after the timeout', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let entered!: () => void;
    const inside = new Promise<void>((r) => (entered = r));
    const first = withLock(a, async () => {
      entered();
      await held;
    });
    await inside;
    const started = Date.now();
    await expect(withLock(b, async () => 'x', { timeoutMs: 300 })).rejects.toMatchObject({ code: 'SEEDFORGE_LOCKED' });
    expect(Date.now() - started).toBeLessThan(5_000);
    release();
    await first;
    expect(await withLock(b, async () => 'after')).toBe('after');
  });
});
