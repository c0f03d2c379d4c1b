import type { Database } from '../../../runtime/connection.ts';
import { withLock } from '../../../runtime/lock.ts';

/**
 * Holds seedforge's lock on `db`, as another run would, until `release()`; resolves once the lock is held.
 * `beforeUnlock` runs inside the lock as it is released.
 */
export async function holdLock(db: Database, beforeUnlock?: () => void): Promise<{ release(): Promise<void> }> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let entered!: () => void;
  const inside = new Promise<void>((resolve) => (entered = resolve));
  const holder = withLock(db, async () => {
    entered();
    await held;
    beforeUnlock?.();
  });
  await Promise.race([inside, holder]);
  return {
    async release() {
      release();
      await holder;
    },
  };
}
