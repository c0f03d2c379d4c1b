import { describe, expectTypeOf, it } from 'vitest';
import { defineConfig, defineScenario, defineTable, type ConfigDefinition, type ScenarioDefinition } from '../../dsl/index.ts';
import * as blog from '../../examples/blog/schema.ts';
import * as ks from '../fixtures/schemas/kitchen-sink.ts';

const users = defineTable(blog.users, { count: 2 });
const accounts = defineTable(ks.accounts, { count: 2 });

describe('scenarios and configs are checked against their schema module', () => {
  it('accepts tables of the schema and counts by SQL or export name', () => {
    const scenario = defineScenario({ name: 'ok', schema: blog, tables: [users], counts: { posts: 3, post_tags: 4, postTags: 1 } });
    expectTypeOf(scenario).toEqualTypeOf<ScenarioDefinition>();
    expectTypeOf(defineConfig({ schema: blog, tables: [users], seed: 3, formats: ['sql'] })).toEqualTypeOf<ConfigDefinition>();
  });

  it('rejects a table definition of another schema', () => {
    // @ts-expect-error: defineTable(accounts): this table is not in the schema module of this scenario
    defineScenario({ name: 'bad', schema: blog, tables: [users, accounts] });
    // @ts-expect-error: the same for a config's implicit scenario
    defineConfig({ schema: blog, tables: [accounts] });
  });

  it('rejects counts for an unknown table', () => {
    // @ts-expect-error: counts: the schema has no table "postz"
    defineScenario({ name: 'bad', schema: blog, counts: { postz: 3 } });
  });

  it('rejects unknown options (the inferred options type would otherwise accept them)', () => {
    // @ts-expect-error: defineScenario has no option "tabels"
    defineScenario({ name: 'typo', schema: blog, tabels: [users] });
    // @ts-expect-error: defineConfig has no option "sed"
    defineConfig({ schema: blog, sed: 3 });
    // @ts-expect-error: a lone typo keeps TypeScript's "Did you mean 'seed'?"
    defineConfig({ sed: 3 });
  });

  it('cannot check what it cannot see: no schema, or a schema typed as a plain record', () => {
    defineScenario({ name: 'inherits', tables: [accounts], counts: { anything: 1 } });
    const loose: Record<string, unknown> = blog;
    defineConfig({ schema: loose, tables: [accounts] });
  });
});
