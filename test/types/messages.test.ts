import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typeCheckProject } from '../../compiler/type-check-project.ts';

describe('type errors read well', () => {
  it('every broken definition gets one message that names the table, the column and the fix', async () => {
    const file = join(import.meta.dirname, '../fixtures/bad-types/definitions.ts');
    const { diagnostics } = await typeCheckProject(file);
    expect(diagnostics.map((d) => `${d.source?.line}: ${d.message}`)).toMatchInlineSnapshot(`
      [
        "10: users has no column "emial": use a property name of the Drizzle table.",
        "11: defineTable has no option "colums": use count, columns, fixtures or infer.",
        "12: users.email stores strings; this generator makes values of another type.",
        "13: users.role stores values of its enum; this generator makes values of another type.",
        "14: users.email is NOT NULL, but this generator can make NULL: remove .nullable().",
        "15: g.default() needs a DEFAULT, but users.displayName has none and is NOT NULL: add .default() to the schema or use a generator.",
        "16: posts.readMinutes: a column rule must be a generator such as g.int() or g.constant(value).",
        "17: g.ref() points at tags.name, which stores strings, but posts.authorId stores numbers.",
        "18: g.fixture() points at categories fixture "root" (categories.id stores numbers), but memberships.accountId stores strings.",
        "19: infer is false, so users.displayName (NOT NULL, no default) needs a generator.",
        "20: fixture "x": users.role stores values of its enum and is NOT NULL; this value does not fit.",
        "21: fixture "x": users has no column "emial".",
        "22: fixture "x": users.email is NOT NULL; give it a value or leave it out.",
        "23: fixture "x": users.email takes a plain value or g.fixture(definition, 'name'), not a generator.",
        "24: Argument of type '"admn"' is not assignable to parameter of type '"admin"'. (TS2345)",
        "25: defineTable(categories): this table is not in the schema module of this scenario; export it from that schema, or give the scenario the schema it belongs to.",
        "26: counts: the schema has no table "postz"; use a table's SQL name or export name.",
        "27: defineScenario has no option "tabels".",
      ]
    `);
  });
});
