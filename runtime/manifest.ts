import packageJson from '../package.json' with { type: 'json' };

/**
 * The artifact manifest: the contract between the compiler (which writes it) and the runtime (which loads it).
 * Owned by the runtime; the compiler imports these types only.
 */

/** Bumped on any incompatible change; the runtime refuses manifests newer than it understands. */
export const MANIFEST_FORMAT_VERSION = 1;

/** A file inside the artifact directory, with its sha256 (hex). */
export interface ManifestFile {
  /** Path relative to the artifact directory, with `/` separators. */
  path: string;
  sha256: string;
  bytes: number;
}

/** A column as the live database should have it (types in `format_type` spelling). */
export interface SchemaColumn {
  name: string;
  /** e.g. `integer`, `character varying(255)`, `numeric(10,2)`, `timestamp with time zone`, `text[]`, `"public"."role"`. */
  type: string;
  notNull: boolean;
}

/** A table as the live database should have it. */
export interface SchemaTable {
  schema: string;
  name: string;
  columns: SchemaColumn[];
  primaryKey: string[];
  /** Unique constraints and unique indexes: sorted column lists. */
  uniques: string[][];
  foreignKeys: { columns: string[]; references: { schema: string; table: string; columns: string[] } }[];
  /** CHECK constraint names. */
  checks: string[];
}

/** The schema the artifacts were compiled against; `fingerprint` is sha256 of the canonical JSON of `tables`. */
export interface SchemaSnapshot {
  fingerprint: string;
  enums: { schema: string; name: string; values: string[] }[];
  tables: SchemaTable[];
}

/** A serial or identity column whose sequence must move past the loaded ids. */
export interface SequenceReset {
  column: string;
  /** The largest value loaded. */
  max: number;
}

/** One loaded table. */
export interface ManifestTable {
  schema: string;
  name: string;
  rows: number;
  /** Columns present in the data files, in file order (database-default columns are absent). */
  columns: string[];
  primaryKey: string[];
  /** Data files by format; `csv` is what the runtime loads. */
  files: { csv?: ManifestFile; json?: ManifestFile };
  sequences: SequenceReset[];
}

/**
 * A cycle fix-up: the table was loaded with `columns` NULL; afterwards one set-based UPDATE sets them
 * from `file` (CSV with header: key columns then `columns`).
 */
export interface ManifestFixup {
  schema: string;
  table: string;
  key: string[];
  columns: string[];
  rows: number;
  file: ManifestFile;
}

/**
 * Foreign keys that a NOT NULL cycle forces to be checked after the load: the runtime relaxes them
 * (deferred constraints or session_replication_role) and then proves them with set-based queries.
 */
export interface RelaxedForeignKey {
  schema: string;
  table: string;
  columns: string[];
  references: { schema: string; table: string; columns: string[] };
}

/** manifest.json */
export interface Manifest {
  formatVersion: number;
  tool: { name: 'seedforge'; version: string };
  scenario: string;
  /** Mock data (compiled scenarios) is refused in production. */
  kind: 'mock';
  seed: number;
  referenceDate: string;
  schema: SchemaSnapshot;
  /** Qualified table names (`schema.table`) in load order. */
  loadOrder: string[];
  tables: ManifestTable[];
  fixups: ManifestFixup[];
  relaxedForeignKeys: RelaxedForeignKey[];
  /** seed.sql, schema.sql and other whole-scenario files. */
  files: ManifestFile[];
  /** sha256 over every file hash and the fields above: identifies this exact artifact set. */
  checksum: string;
  /** Generator algorithms and versions used, per `table.column`. */
  generators: Record<string, string>;
  /**
   * The typed files compiled next to the data (types.d.ts, fixtures, diagram) and the sha256 of what they were
   * computed from, so an unchanged scenario reuses them without loading TypeScript. Not loaded by the runtime.
   */
  typedArtifacts?: { inputs: string; files: ManifestFile[] };
}

/** The parts of a manifest known before the first row renders (a compile streaming into a load hands them over first). */
export interface ArtifactHead {
  scenario: string;
  schema: SchemaSnapshot;
  /** Tables in load order, as the manifest will list them (without files and sequences, which come with the rows). */
  tables: TableHead[];
  relaxedForeignKeys: RelaxedForeignKey[];
}

export type TableHead = Pick<ManifestTable, 'schema' | 'name' | 'rows' | 'columns' | 'primaryKey'>;

/** `schema.table`, the key used in `loadOrder`. */
export function qualifiedName(table: { schema: string; name: string }): string {
  return `${table.schema}.${table.name}`;
}

/** JSON with object keys sorted at every level: the canonical form that checksums are taken over. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/**
 * The manifest checksum: sha256 of the canonical JSON of every field but `checksum`.
 * Defined here, next to the format, so the compiler that writes it and the runtime that verifies it cannot drift.
 */
export async function computeManifestChecksum(manifest: Omit<Manifest, 'checksum'> | Manifest): Promise<string> {
  const { createHash } = await import('node:crypto');
  const { checksum: _ignored, ...rest } = manifest as Manifest;
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}


/** This seedforge's version, recorded in manifests and in the ledger. */
export const TOOL_VERSION: string = packageJson.version;
