// PostgreSQL through psql only (the harness needs no driver of its own): throwaway databases, DDL, row counts.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

function psql(url, args, input) {
  const result = spawnSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url, ...args], { encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`psql: ${result.error.message} (is psql installed?)`);
  if (result.status !== 0) throw new Error(`psql ${args.join(' ')} failed:\n${result.stderr.trim()}`);
  return result.stdout;
}

/** Runs SQL; returns rows as arrays of strings (unaligned, tuples only). */
export function query(url, sql) {
  const out = psql(url, ['-A', '-t', '-F', '\t', '-c', sql]);
  return out
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => line.split('\t'));
}

/** Runs a SQL file (e.g. schema.sql). */
export function runFile(url, file) {
  psql(url, ['-f', file]);
}

/** The URL of another database on the same server. */
export function databaseUrl(adminUrl, name) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Server version and whether the connecting role is a superuser. */
export function serverInfo(adminUrl) {
  const [[version, superuser]] = query(adminUrl, `SELECT current_setting('server_version'), (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)`);
  return { version, superuser: superuser === 't' };
}

let counter = 0;

/** A fresh database (name unique to this process); `drop()` removes it even with open connections. */
export function createDatabase(adminUrl, prefix = 'sf_bench') {
  const name = `${prefix}_${process.pid}_${counter++}`;
  query(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  query(adminUrl, `CREATE DATABASE "${name}"`);
  created.add(name);
  return {
    name,
    url: databaseUrl(adminUrl, name),
    drop() {
      query(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      created.delete(name);
    },
  };
}

const created = new Set();

/** A login role that is no superuser (name unique to this process), and the URL of a database as that role. */
export function createRole(adminUrl, prefix = 'sf_bench_owner') {
  const name = `${prefix}_${process.pid}`;
  query(adminUrl, `DROP ROLE IF EXISTS "${name}"`);
  query(adminUrl, `CREATE ROLE "${name}" LOGIN NOSUPERUSER`);
  roles.add(name);
  return {
    name,
    /** `url` (a database of the same server) as this role. */
    as(url) {
      const u = new URL(url);
      u.username = name;
      u.password = '';
      return u.toString();
    },
  };
}

const roles = new Set();

/** Drops every database this process created and has not dropped yet, then its roles (cleanup, also on failure or Ctrl-C). */
export function dropCreatedDatabases(adminUrl) {
  for (const name of [...created]) {
    try {
      query(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } catch {
      // best effort
    }
    created.delete(name);
  }
  for (const name of [...roles]) {
    try {
      query(adminUrl, `DROP ROLE IF EXISTS "${name}"`);
    } catch {
      // best effort
    }
    roles.delete(name);
  }
}

/** Row counts of tables in `public`, by table name. */
export function rowCounts(url, tables) {
  const sql = tables.map((t) => `SELECT '${t}', count(*) FROM public."${t}"`).join(' UNION ALL ');
  return Object.fromEntries(query(url, sql).map(([t, n]) => [t, Number(n)]));
}

/** Flushes dirty buffers so one run's writes are not paid for by the next (needs superuser; best effort). */
export function checkpoint(url) {
  try {
    query(url, 'CHECKPOINT');
    return true;
  } catch {
    return false;
  }
}

/** `psql \copy` of the CSVs in load order, in one transaction; `relaxed` skips FK triggers (replica role). */
export function floorScript(artifactDir, manifest, relaxed) {
  const quote = (s) => `'${s.replaceAll("'", "''")}'`;
  const ident = (s) => `"${s.replaceAll('"', '""')}"`;
  const byName = new Map(manifest.tables.map((t) => [`${t.schema}.${t.name}`, t]));
  const lines = ['\\set ON_ERROR_STOP 1', 'BEGIN;'];
  if (relaxed) lines.push('SET LOCAL session_replication_role = replica;');
  for (const name of manifest.loadOrder) {
    const t = byName.get(name);
    if (!t?.files?.csv) continue;
    const file = join(artifactDir, t.files.csv.path);
    lines.push(`\\copy ${ident(t.schema)}.${ident(t.name)} (${t.columns.map(ident).join(', ')}) FROM ${quote(file)} WITH (FORMAT csv, HEADER true)`);
  }
  lines.push('COMMIT;', '');
  return lines.join('\n');
}
