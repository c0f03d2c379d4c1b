import { checkOptionNames, label, numberOption, show } from './options.ts';
import { GeneratorOptionError, type GeneratorContext, type GeneratorImpl } from './types.ts';
import { uniqueIndex } from './unique.ts';

/**
 * Dates and timestamps. Ranges are absolute (`from`/`to`) or relative to `ctx.referenceTime` (`pastDays`,
 * `futureDays`); the default is the 365 days before the reference time. Only UTC arithmetic on epoch milliseconds:
 * the process time zone never matters.
 */

type Options = Readonly<Record<string, unknown>>;

const DAY = 86_400_000;
const RANGE_KEYS = ['from', 'to', 'pastDays', 'futureDays'];
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const HAS_ZONE = /(Z|[+-]\d{2}(:?\d{2})?)$/i;

/** Inclusive epoch-millisecond range. */
interface Range {
  from: number;
  to: number;
}

/** Epoch ms of an ISO string or Date; strings without a zone are read as UTC, never local time. */
function instant(name: string, key: string, value: unknown): number {
  let ms = NaN;
  if (value instanceof Date) {
    ms = value.getTime();
  } else if (typeof value === 'string') {
    const text = value.trim();
    const dateOnly = DATE_ONLY.exec(text);
    if (dateOnly) ms = Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3]));
    else if (text.includes('T') || text.includes(' ')) {
      const iso = text.replace(' ', 'T');
      ms = Date.parse(HAS_ZONE.test(iso) ? iso : `${iso}Z`);
    }
  }
  if (!Number.isFinite(ms)) {
    throw new GeneratorOptionError(
      `${label(name)} option ${key}: ${show(value)} is not a date`,
      `Pass a Date or an ISO string such as '2024-01-31' or '2024-01-31T12:00:00Z' as ${key}.`,
    );
  }
  return ms;
}

function days(name: string, options: Options, key: string): number | undefined {
  const value = numberOption(name, options, key);
  if (value !== undefined && value < 0) {
    throw new GeneratorOptionError(`${label(name)} option ${key}: ${value} is negative`, `Pass a number of days >= 0 as ${key}.`);
  }
  return value;
}

function dateRange(name: string, options: Options, ctx: GeneratorContext): Range {
  checkOptionNames(name, options, RANGE_KEYS);
  const ref = ctx.referenceTime;
  if (!Number.isFinite(ref)) {
    throw new GeneratorOptionError(`${label(name)}: the reference time ${show(ref)} is not a valid instant`, "Set referenceDate in the config to an ISO date such as '2026-01-01'.");
  }
  const from = options.from === undefined ? undefined : instant(name, 'from', options.from);
  const to = options.to === undefined ? undefined : instant(name, 'to', options.to);
  const past = days(name, options, 'pastDays');
  const future = days(name, options, 'futureDays');
  const absolute = from !== undefined || to !== undefined;
  const relative = past !== undefined || future !== undefined;
  if (absolute && relative) {
    throw new GeneratorOptionError(
      `${label(name)}: from/to and pastDays/futureDays both given`,
      'Use either an absolute range (from, to) or a range relative to the reference date (pastDays, futureDays).',
    );
  }
  let range: Range;
  if (relative) {
    range = { from: ref - Math.round((past ?? 0) * DAY), to: ref + Math.round((future ?? 0) * DAY) };
  } else if (from !== undefined && to !== undefined) {
    range = { from, to };
  } else if (from !== undefined) {
    range = { from, to: from < ref ? ref : from + 365 * DAY };
  } else if (to !== undefined) {
    range = { from: to - 365 * DAY, to };
  } else {
    range = { from: ref - 365 * DAY, to: ref };
  }
  if (range.from > range.to) {
    throw new GeneratorOptionError(
      `${label(name)}: the range starts (${new Date(range.from).toISOString()}) after it ends (${new Date(range.to).toISOString()})`,
      'Make from earlier than to.',
    );
  }
  return range;
}

/** Whole UTC days [first, last] (as day numbers since the epoch) inside the range. */
function dayRange(options: Options, ctx: GeneratorContext): { first: number; last: number } {
  const range = dateRange('date', options, ctx);
  const first = Math.ceil(range.from / DAY);
  const last = Math.floor(range.to / DAY);
  if (first > last) {
    throw new GeneratorOptionError(
      `${label('date')}: no whole day (midnight UTC) lies between ${new Date(range.from).toISOString()} and ${new Date(range.to).toISOString()}`,
      'Widen the range to include a midnight.',
    );
  }
  return { first, last };
}

const date: GeneratorImpl = {
  name: 'date',
  version: 1,
  accepts: ['date', 'timestamp', 'timestamptz'],
  create(options, ctx) {
    const { first, last } = dayRange(options, ctx);
    const span = last - first + 1;
    return (rng) => new Date((first + Math.floor(rng.float() * span)) * DAY);
  },
  createUnique(options, ctx) {
    const { first, last } = dayRange(options, ctx);
    const perm = uniqueIndex('date', ctx, last - first + 1, 'Widen the date range (from/to or pastDays/futureDays), or lower the row count.', `${label('date')} over ${last - first + 1} days`);
    return (_rng, index) => new Date((first + perm(index)) * DAY);
  },
};

/**
 * Instants on the column's precision grid: `timestamp(0)` keeps whole seconds, so values are drawn in seconds
 * (otherwise two distinct unique values could round to the same stored one).
 */
function instantGrid(options: Options, ctx: GeneratorContext): { first: number; count: number; step: number } {
  const { from, to } = dateRange('timestamp', options, ctx);
  const precision = /\((\d)\)/.exec(ctx.column.sqlType ?? '');
  const step = precision && Number(precision[1]) < 3 ? 10 ** (3 - Number(precision[1])) : 1;
  const first = Math.ceil(from / step);
  const last = Math.floor(to / step);
  if (first > last) {
    throw new GeneratorOptionError(`${label('timestamp')}: no instant on the column's ${step} ms grid lies in the range`, 'Widen the range.');
  }
  return { first, count: last - first + 1, step };
}

const timestamp: GeneratorImpl = {
  name: 'timestamp',
  version: 1,
  accepts: ['timestamp', 'timestamptz'],
  create(options, ctx) {
    const { first, count, step } = instantGrid(options, ctx);
    return (rng) => new Date((first + Math.floor(rng.float() * count)) * step);
  },
  createUnique(options, ctx) {
    const { first, count, step } = instantGrid(options, ctx);
    const unit = step === 1 ? 'milliseconds' : `steps of ${step} ms`;
    const perm = uniqueIndex('timestamp', ctx, count, 'Widen the range, or lower the row count.', `${label('timestamp')} over ${count} ${unit}`);
    return (_rng, index) => new Date((first + perm(index)) * step);
  },
};

export const temporalGenerators: readonly GeneratorImpl[] = [date, timestamp];
