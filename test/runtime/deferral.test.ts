import { describe, expect, it } from 'vitest';
import { assertRestored } from '../../runtime/deferral.ts';

// The last guard of taking indexes or keys off for a load: what came back must be exactly what was there. PostgreSQL
// rebuilds from its own definitions, so this cannot be provoked through a load; the check itself is pinned here.
describe('assertRestored', () => {
  it('passes what came back unchanged', () => {
    expect(() => assertRestored('public.child', 'foreign keys', 'child_fk FOREIGN KEY (p) REFERENCES parent(id)', 'child_fk FOREIGN KEY (p) REFERENCES parent(id)')).not.toThrow();
  });

  it('fails the load naming both versions, and says how to load without taking anything off', () => {
    let error: unknown;
    try {
      assertRestored('public.child', 'foreign keys', 'child_fk FOREIGN KEY (p) REFERENCES parent(id) DEFERRABLE', 'child_fk FOREIGN KEY (p) REFERENCES parent(id)');
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({
      code: 'SEEDFORGE_LOAD_FAILED',
      message: 'the foreign keys of public.child did not come back as they were after the load:\nbefore:\nchild_fk FOREIGN KEY (p) REFERENCES parent(id) DEFERRABLE\nafter:\nchild_fk FOREIGN KEY (p) REFERENCES parent(id)',
      hint: 'nothing was loaded: the transaction was rolled back. Apply with --row-checks to load with the foreign keys in place, and report this',
    });
  });
});
