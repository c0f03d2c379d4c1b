import { CliError } from './errors.ts';

/** `--seed N`: a whole number 0..2^32-1. */
export function parseSeed(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 2 ** 32 - 1) throw new CliError(`--seed must be a whole number from 0 to 4294967295 (got "${value}")`);
  return n;
}

/** `--format sql,csv,json` */
export function parseFormats(value: string | undefined): ('sql' | 'csv' | 'json')[] | undefined {
  if (value === undefined) return undefined;
  const parts = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = parts.filter((p) => !['sql', 'csv', 'json'].includes(p));
  if (bad.length > 0 || parts.length === 0) throw new CliError(`--format takes sql, csv and json, comma-separated (got "${value}")`);
  return parts as ('sql' | 'csv' | 'json')[];
}

/** `--count 200` (every table) and `--count users=50` (one table). */
export function parseCounts(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) {
    const m = /^(?:([^=]+)=)?(\d+)$/.exec(value.trim());
    if (!m) throw new CliError(`--count takes N or table=N (got "${value}")`);
    counts[m[1] ?? '*'] = Number(m[2]);
  }
  return counts;
}

/** `--workers N` (1..64); absent: automatic. */
export function parseWorkers(value: string | undefined): number | 'auto' {
  if (value === undefined) return 'auto';
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new CliError(`--workers must be a whole number from 1 to 64 (got "${value}")`);
  return n;
}
