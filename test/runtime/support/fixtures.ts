import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  MANIFEST_FORMAT_VERSION,
  TOOL_VERSION,
  canonicalJson,
  computeManifestChecksum,
  type Manifest,
  type ManifestFile,
  type RelaxedForeignKey,
  type SchemaSnapshot,
  type SequenceReset,
} from '../../../runtime/manifest.ts';

/**
 * Hand-written artifact sets, built the way the compiler writes them (CSV with header, NULL as an empty unquoted
 * field, sha256 per file, manifest checksum), so runtime tests do not depend on the compiler.
 */
export type Cell = string | null;

export interface FixtureTable {
  schema?: string;
  name: string;
  columns: string[];
  primaryKey?: string[];
  rows: { count: number; row: (i: number) => Cell[] } | Cell[][];
  sequences?: SequenceReset[];
}

export interface FixtureSpec {
  scenario: string;
  schemaSql: string;
  snapshot: Omit<SchemaSnapshot, 'fingerprint'>;
  tables: FixtureTable[];
  fixups?: { schema?: string; table: string; key: string[]; columns: string[]; rows: Cell[][] }[];
  relaxedForeignKeys?: RelaxedForeignKey[];
  seed?: number;
}

export function csvField(value: Cell): string {
  if (value === null) return '';
  if (value === '' || /[",\n\r]/.test(value) || value.trim() !== value) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

/** Writes a CSV file in batches, hashing as it goes. */
function writeCsv(dir: string, path: string, header: string[], rows: FixtureTable['rows']): ManifestFile {
  const full = join(dir, path);
  mkdirSync(dirname(full), { recursive: true });
  const fd = openSync(full, 'w');
  const hash = createHash('sha256');
  let bytes = 0;
  const write = (text: string) => {
    const buffer = Buffer.from(text, 'utf8');
    hash.update(buffer);
    bytes += buffer.length;
    writeSync(fd, buffer);
  };
  write(header.map(csvField).join(',') + '\n');
  const count = Array.isArray(rows) ? rows.length : rows.count;
  const row = Array.isArray(rows) ? (i: number) => rows[i]! : rows.row;
  let batch = '';
  for (let i = 0; i < count; i++) {
    batch += row(i).map(csvField).join(',') + '\n';
    if (batch.length > 1 << 20) {
      write(batch);
      batch = '';
    }
  }
  if (batch) write(batch);
  closeSync(fd);
  return { path, sha256: hash.digest('hex'), bytes };
}

function writeText(dir: string, path: string, text: string): ManifestFile {
  writeFileSync(join(dir, path), text);
  return { path, sha256: createHash('sha256').update(text).digest('hex'), bytes: Buffer.byteLength(text) };
}

/** Writes the artifact directory and returns its manifest. `edit` may change the manifest before it is checksummed. */
export async function writeFixture(dir: string, spec: FixtureSpec, edit?: (manifest: Omit<Manifest, 'checksum'>) => void): Promise<Manifest> {
  mkdirSync(dir, { recursive: true });
  const tables = spec.tables.map((t) => {
    const schema = t.schema ?? 'public';
    const count = Array.isArray(t.rows) ? t.rows.length : t.rows.count;
    return {
      schema,
      name: t.name,
      rows: count,
      columns: t.columns,
      primaryKey: t.primaryKey ?? [],
      files: { csv: writeCsv(dir, `csv/${schema}.${t.name}.csv`, t.columns, t.rows) },
      sequences: t.sequences ?? [],
    };
  });
  const fixups = (spec.fixups ?? []).map((f, i) => ({
    schema: f.schema ?? 'public',
    table: f.table,
    key: f.key,
    columns: f.columns,
    rows: f.rows.length,
    file: writeCsv(dir, `fixups/${f.schema ?? 'public'}.${f.table}.${i}.csv`, [...f.key, ...f.columns], f.rows),
  }));
  const snapshot: SchemaSnapshot = {
    fingerprint: createHash('sha256').update(canonicalJson({ enums: spec.snapshot.enums, tables: spec.snapshot.tables })).digest('hex'),
    ...spec.snapshot,
  };
  const body: Omit<Manifest, 'checksum'> = {
    formatVersion: MANIFEST_FORMAT_VERSION,
    tool: { name: 'seedforge', version: TOOL_VERSION },
    scenario: spec.scenario,
    kind: 'mock',
    seed: spec.seed ?? 1,
    referenceDate: '2026-01-01T00:00:00.000Z',
    schema: snapshot,
    loadOrder: tables.map((t) => `${t.schema}.${t.name}`),
    tables,
    fixups,
    relaxedForeignKeys: spec.relaxedForeignKeys ?? [],
    files: [writeText(dir, 'schema.sql', spec.schemaSql)],
    generators: {},
  };
  edit?.(body);
  const manifest: Manifest = { ...body, checksum: await computeManifestChecksum(body) };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

/** DDL of the "shop" schema, drizzle-kit style: an enum, two schemas, a nullable FK cycle, uuid and composite keys. */
export const shopSchemaSql = `CREATE SCHEMA "billing";
--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('admin', 'member');
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"captain_id" integer
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" varchar(120) NOT NULL,
	"name" text,
	"role" "role" DEFAULT 'member' NOT NULL,
	"team_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "billing"."invoices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"amount" numeric(10, 2) NOT NULL,
	"tags" text[],
	CONSTRAINT "invoices_amount_check" CHECK ("billing"."invoices"."amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "user_tags" (
	"user_id" integer NOT NULL,
	"label" text NOT NULL,
	CONSTRAINT "user_tags_user_id_label_pk" PRIMARY KEY("user_id","label")
);
--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_captain_id_users_id_fk" FOREIGN KEY ("captain_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "billing"."invoices" ADD CONSTRAINT "invoices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "user_tags" ADD CONSTRAINT "user_tags_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
`;

export const shopSnapshot: Omit<SchemaSnapshot, 'fingerprint'> = {
  enums: [{ schema: 'public', name: 'role', values: ['admin', 'member'] }],
  tables: [
    {
      schema: 'billing',
      name: 'invoices',
      columns: [
        { name: 'id', type: 'uuid', notNull: true },
        { name: 'user_id', type: 'integer', notNull: true },
        { name: 'amount', type: 'numeric(10,2)', notNull: true },
        { name: 'tags', type: 'text[]', notNull: false },
      ],
      primaryKey: ['id'],
      uniques: [],
      foreignKeys: [{ columns: ['user_id'], references: { schema: 'public', table: 'users', columns: ['id'] } }],
      checks: ['invoices_amount_check'],
    },
    {
      schema: 'public',
      name: 'teams',
      columns: [
        { name: 'id', type: 'integer', notNull: true },
        { name: 'name', type: 'text', notNull: true },
        { name: 'captain_id', type: 'integer', notNull: false },
      ],
      primaryKey: ['id'],
      uniques: [],
      foreignKeys: [{ columns: ['captain_id'], references: { schema: 'public', table: 'users', columns: ['id'] } }],
      checks: [],
    },
    {
      schema: 'public',
      name: 'user_tags',
      columns: [
        { name: 'user_id', type: 'integer', notNull: true },
        { name: 'label', type: 'text', notNull: true },
      ],
      primaryKey: ['user_id', 'label'],
      uniques: [],
      foreignKeys: [{ columns: ['user_id'], references: { schema: 'public', table: 'users', columns: ['id'] } }],
      checks: [],
    },
    {
      schema: 'public',
      name: 'users',
      columns: [
        { name: 'id', type: 'integer', notNull: true },
        { name: 'email', type: 'character varying(120)', notNull: true },
        { name: 'name', type: 'text', notNull: false },
        { name: 'role', type: 'role', notNull: true },
        { name: 'team_id', type: 'integer', notNull: false },
        { name: 'created_at', type: 'timestamp with time zone', notNull: true },
      ],
      primaryKey: ['id'],
      uniques: [['email']],
      foreignKeys: [{ columns: ['team_id'], references: { schema: 'public', table: 'teams', columns: ['id'] } }],
      checks: [],
    },
  ],
};

function uuidOf(i: number, salt = 0): string {
  const hex = (i + salt * 1_000_000_000).toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
}

/** The shop scenario: `users` users (ids from `idOffset + 1`), teams with captains set by a fix-up, invoices, tags. */
export function shopFixture(options: { scenario?: string; users?: number; teams?: number; idOffset?: number; variant?: number } = {}): FixtureSpec {
  const users = options.users ?? 50;
  const teams = options.teams ?? 5;
  const offset = options.idOffset ?? 0;
  const variant = options.variant ?? 0;
  const tagged = Math.min(users, 20);
  return {
    scenario: options.scenario ?? 'shop',
    schemaSql: shopSchemaSql,
    snapshot: shopSnapshot,
    seed: 1 + variant,
    tables: [
      {
        name: 'teams',
        columns: ['id', 'name', 'captain_id'],
        primaryKey: ['id'],
        rows: { count: teams, row: (i) => [String(offset + i + 1), `Team ${i + 1}`, null] },
        sequences: teams > 0 ? [{ column: 'id', max: offset + teams }] : [],
      },
      {
        name: 'users',
        columns: ['id', 'email', 'name', 'role', 'team_id'],
        primaryKey: ['id'],
        rows: {
          count: users,
          row: (i) => [
            String(offset + i + 1),
            `user${offset + i + 1}.v${variant}@example.com`,
            i % 5 === 0 ? null : i % 7 === 0 ? '' : `Name, "Quoted"\n${i}`,
            i % 3 === 0 ? 'admin' : 'member',
            teams > 0 ? String(offset + (i % teams) + 1) : null,
          ],
        },
        sequences: users > 0 ? [{ column: 'id', max: offset + users }] : [],
      },
      {
        schema: 'billing',
        name: 'invoices',
        columns: ['id', 'user_id', 'amount', 'tags'],
        primaryKey: ['id'],
        rows: { count: users, row: (i) => [uuidOf(offset + i, variant), String(offset + i + 1), `${(i % 100) + 0.5}`, i % 2 === 0 ? '{a,"b c"}' : null] },
      },
      {
        name: 'user_tags',
        columns: ['user_id', 'label'],
        primaryKey: ['user_id', 'label'],
        rows: { count: tagged * 2, row: (i) => [String(offset + Math.floor(i / 2) + 1), i % 2 === 0 ? 'vip' : `tag ${variant}`] },
      },
    ],
    fixups: teams > 0 && users > 0 ? [{ table: 'teams', key: ['id'], columns: ['captain_id'], rows: Array.from({ length: Math.min(teams, users) }, (_, i) => [String(offset + i + 1), String(offset + i + 1)]) }] : [],
  };
}

/** A NOT NULL cycle a.b_id -> b, b.a_id -> a; `deferrable` makes the a -> b constraint DEFERRABLE. */
export function cycleFixture(options: { deferrable?: boolean; rows?: number } = {}): FixtureSpec {
  const n = options.rows ?? 10;
  return {
    scenario: 'cycle',
    schemaSql: `CREATE TABLE "a" ("id" integer PRIMARY KEY NOT NULL, "b_id" integer NOT NULL);
CREATE TABLE "b" ("id" integer PRIMARY KEY NOT NULL, "a_id" integer NOT NULL);
ALTER TABLE "a" ADD CONSTRAINT "a_b_id_b_id_fk" FOREIGN KEY ("b_id") REFERENCES "public"."b"("id")${options.deferrable ? ' DEFERRABLE INITIALLY IMMEDIATE' : ''};
ALTER TABLE "b" ADD CONSTRAINT "b_a_id_a_id_fk" FOREIGN KEY ("a_id") REFERENCES "public"."a"("id");
`,
    snapshot: {
      enums: [],
      tables: [
        {
          schema: 'public',
          name: 'a',
          columns: [
            { name: 'id', type: 'integer', notNull: true },
            { name: 'b_id', type: 'integer', notNull: true },
          ],
          primaryKey: ['id'],
          uniques: [],
          foreignKeys: [{ columns: ['b_id'], references: { schema: 'public', table: 'b', columns: ['id'] } }],
          checks: [],
        },
        {
          schema: 'public',
          name: 'b',
          columns: [
            { name: 'id', type: 'integer', notNull: true },
            { name: 'a_id', type: 'integer', notNull: true },
          ],
          primaryKey: ['id'],
          uniques: [],
          foreignKeys: [{ columns: ['a_id'], references: { schema: 'public', table: 'a', columns: ['id'] } }],
          checks: [],
        },
      ],
    },
    tables: [
      { name: 'a', columns: ['id', 'b_id'], primaryKey: ['id'], rows: { count: n, row: (i) => [String(i + 1), String(n - i)] } },
      { name: 'b', columns: ['id', 'a_id'], primaryKey: ['id'], rows: { count: n, row: (i) => [String(i + 1), String(i + 1)] } },
    ],
    relaxedForeignKeys: [{ schema: 'public', table: 'a', columns: ['b_id'], references: { schema: 'public', table: 'b', columns: ['id'] } }],
  };
}

/** A parent with `parentIds` and a child whose `parent_id`s are `childRefs`, loaded through apply. */
export function familyFixture(parentIds: number[], childRefs: (number | null)[]): FixtureSpec {
  const column = (name: string, type: string, notNull: boolean) => ({ name, type, notNull });
  return {
    scenario: 'family',
    schemaSql: `CREATE TABLE "parent" ("id" bigint PRIMARY KEY NOT NULL);
CREATE TABLE "child" ("id" integer PRIMARY KEY NOT NULL, "parent_id" bigint REFERENCES "public"."parent"("id"));
`,
    snapshot: {
      enums: [],
      tables: [
        { schema: 'public', name: 'parent', columns: [column('id', 'bigint', true)], primaryKey: ['id'], uniques: [], foreignKeys: [], checks: [] },
        {
          schema: 'public',
          name: 'child',
          columns: [column('id', 'integer', true), column('parent_id', 'bigint', false)],
          primaryKey: ['id'],
          uniques: [],
          foreignKeys: [{ columns: ['parent_id'], references: { schema: 'public', table: 'parent', columns: ['id'] } }],
          checks: [],
        },
      ],
    },
    tables: [
      { name: 'parent', columns: ['id'], primaryKey: ['id'], rows: parentIds.map((id) => [String(id)]) },
      { name: 'child', columns: ['id', 'parent_id'], primaryKey: ['id'], rows: childRefs.map((ref, i) => [String(i + 1), ref === null ? null : String(ref)]) },
    ],
  };
}
