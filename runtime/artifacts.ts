import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { RuntimeError, RuntimeErrorCodes } from './errors.ts';
import { MANIFEST_FORMAT_VERSION, computeManifestChecksum, type Manifest, type ManifestFile } from './manifest.ts';
import { compareNames } from './compare-names.ts';

/** One scenario's artifact directory and its verified manifest. */
export interface Artifacts {
  dir: string;
  manifest: Manifest;
}

/** The scenarios (directories with a manifest.json) directly inside `dir`, sorted by name. */
export function listScenarios(dir: string): { name: string; dir: string }[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'manifest.json')))
    .map((e) => ({ name: e.name, dir: join(dir, e.name) }))
    .sort((a, b) => compareNames(a.name, b.name));
}

/**
 * Finds the scenario directory: `dir` itself when it holds a manifest.json, else the scenario named `scenario`
 * inside it, else its only scenario. Several scenarios and no choice is an error that lists them.
 *
 * @example resolveArtifactDir({ dir: 'generated', scenario: 'demo', cwd })
 */
export function resolveArtifactDir(opts: { dir: string; scenario?: string | undefined; cwd: string }): string {
  const dir = resolve(opts.cwd, opts.dir);
  const shown = relative(opts.cwd, dir) || '.';
  if (existsSync(join(dir, 'manifest.json'))) {
    return dir;
  }
  if (!existsSync(dir)) {
    throw new RuntimeError(RuntimeErrorCodes.ArtifactsNotFound, `no artifacts at ${shown}: the directory does not exist`, {
      hint: 'run `seedforge compile` first, or pass the artifact directory: seedforge apply generated/<scenario>',
    });
  }
  const scenarios = listScenarios(dir);
  if (opts.scenario !== undefined) {
    const found = scenarios.find((s) => s.name === opts.scenario);
    if (found) return found.dir;
    throw new RuntimeError(RuntimeErrorCodes.ArtifactsNotFound, `no scenario "${opts.scenario}" in ${shown}`, {
      hint: scenarios.length > 0 ? `scenarios there: ${scenarios.map((s) => s.name).join(', ')}` : 'run `seedforge compile` first',
    });
  }
  if (scenarios.length === 1) return scenarios[0]!.dir;
  if (scenarios.length === 0) {
    throw new RuntimeError(RuntimeErrorCodes.ArtifactsNotFound, `no compiled scenario in ${shown} (no manifest.json)`, {
      hint: 'run `seedforge compile` first, or pass the artifact directory: seedforge apply generated/<scenario>',
    });
  }
  throw new RuntimeError(RuntimeErrorCodes.ArtifactsNotFound, `${shown} holds ${scenarios.length} scenarios: ${scenarios.map((s) => s.name).join(', ')}`, {
    hint: `choose one with --scenario ${scenarios[0]!.name}, or pass its directory: seedforge apply ${join(shown, scenarios[0]!.name)}`,
  });
}

/**
 * Reads and verifies manifest.json: a format this seedforge understands, and a checksum that matches its content.
 * File hashes are verified as the files stream (see `fileChunks`).
 */
export async function readArtifacts(dir: string): Promise<Artifacts> {
  const path = join(dir, 'manifest.json');
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch (error) {
    throw new RuntimeError(RuntimeErrorCodes.ManifestInvalid, `cannot read ${path}: ${(error as Error).message}`, {
      hint: 'recompile the scenario with `seedforge compile`',
    });
  }
  if (manifest === null || typeof manifest !== 'object' || typeof manifest.formatVersion !== 'number') {
    throw new RuntimeError(RuntimeErrorCodes.ManifestInvalid, `${path} is not a seedforge manifest (no formatVersion)`, {
      hint: 'recompile the scenario with `seedforge compile`',
    });
  }
  if (manifest.formatVersion > MANIFEST_FORMAT_VERSION) {
    throw new RuntimeError(
      RuntimeErrorCodes.ManifestTooNew,
      `${path} has format version ${manifest.formatVersion}, written by seedforge ${manifest.tool?.version ?? '(unknown)'}; this seedforge (format ${MANIFEST_FORMAT_VERSION}) cannot read it`,
      { hint: 'upgrade seedforge to the version that compiled these artifacts, or recompile them with this one' },
    );
  }
  if (manifest.formatVersion < 1 || !Number.isInteger(manifest.formatVersion)) {
    throw new RuntimeError(RuntimeErrorCodes.ManifestInvalid, `${path} has an unknown format version ${manifest.formatVersion}`, {
      hint: 'recompile the scenario with `seedforge compile`',
    });
  }
  const problem = shapeProblem(manifest);
  if (problem) {
    throw new RuntimeError(RuntimeErrorCodes.ManifestInvalid, `${path} is malformed: ${problem}`, { hint: 'recompile the scenario with `seedforge compile`' });
  }
  const expected = await computeManifestChecksum(manifest);
  if (expected !== manifest.checksum) {
    throw new RuntimeError(RuntimeErrorCodes.ChecksumMismatch, `${path} was changed after it was compiled (its checksum does not match its content)`, {
      hint: 'artifacts must not be edited by hand: recompile with `seedforge compile`',
    });
  }
  return { dir, manifest };
}

function shapeProblem(m: Manifest): string | undefined {
  if (typeof m.scenario !== 'string' || m.scenario === '') return 'no scenario name';
  if (typeof m.checksum !== 'string') return 'no checksum';
  if (!Array.isArray(m.tables) || !Array.isArray(m.loadOrder)) return 'no tables or load order';
  if (!m.schema || !Array.isArray(m.schema.tables)) return 'no schema snapshot';
  if (!Array.isArray(m.files)) return 'no file list';
  for (const t of m.tables) {
    if (typeof t.schema !== 'string' || typeof t.name !== 'string' || !Array.isArray(t.columns)) return 'a table without schema, name or columns';
    for (const file of [t.files?.csv, t.files?.json]) if (file && badPath(file.path)) return `unsafe file path ${JSON.stringify(file.path)}`;
  }
  for (const f of [...m.files, ...(m.fixups ?? []).map((x) => x.file)]) if (badPath(f.path)) return `unsafe file path ${JSON.stringify(f.path)}`;
  return undefined;
}

function badPath(path: unknown): boolean {
  return typeof path !== 'string' || path.startsWith('/') || path.split('/').includes('..');
}

/**
 * Streams one artifact file and checks its size and sha256 as it goes; the last read throws
 * SEEDFORGE_CHECKSUM_MISMATCH when they differ from the manifest, so a COPY fed from it fails and rolls back.
 */
export async function* fileChunks(dir: string, file: ManifestFile, onBytes?: (bytes: number) => void): AsyncGenerator<Buffer> {
  const path = join(dir, file.path);
  if (!existsSync(path)) {
    throw new RuntimeError(RuntimeErrorCodes.ChecksumMismatch, `${file.path} is missing from ${dir}`, {
      hint: 'the artifact directory is incomplete: recompile with `seedforge compile`',
    });
  }
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const buffer = chunk as Buffer;
    hash.update(buffer);
    bytes += buffer.length;
    onBytes?.(buffer.length);
    if (bytes > file.bytes) throw mismatch(file, 'is larger than the manifest says');
    yield buffer;
  }
  const sha256 = hash.digest('hex');
  if (bytes !== file.bytes) throw mismatch(file, 'has a different size than the manifest says');
  if (sha256 !== file.sha256) throw mismatch(file, 'has a different sha256 than the manifest says');
}

/** Hashes a whole file; throws SEEDFORGE_CHECKSUM_MISMATCH when its size or sha256 differs from the manifest. */
export async function verifyFile(dir: string, file: ManifestFile): Promise<void> {
  for await (const _ of fileChunks(dir, file)) {
    // reading is the check
  }
}

/** Reads a small artifact file whole (schema.sql), verified. */
export async function readVerifiedText(dir: string, file: ManifestFile): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of fileChunks(dir, file)) parts.push(chunk);
  return Buffer.concat(parts).toString('utf8');
}

function mismatch(file: ManifestFile, what: string): RuntimeError {
  return new RuntimeError(RuntimeErrorCodes.ChecksumMismatch, `${file.path} ${what}: it was changed after it was compiled`, {
    hint: 'artifacts must not be edited by hand: recompile with `seedforge compile` (nothing was loaded)',
  });
}
