import { afterEach, describe, expect, test } from 'vitest';
import { GeneratorOptionError } from '../../compiler/generators/types.ts';
import { build, column, context, generate, REFERENCE_TIME } from './helpers.ts';

/** Dates count from the reference time, never the wall clock, and never depend on the process time zone. */

const DAY = 86_400_000;
const originalTz = process.env.TZ;

afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

const times = (values: unknown[]) => (values as Date[]).map((d) => d.getTime());

describe('date and timestamp ranges', () => {
  test('default: the 365 days before the reference time', () => {
    for (const name of ['date', 'timestamp']) {
      const values = times(generate(name, {}, column('timestamptz'), 2000));
      expect(Math.min(...values)).toBeGreaterThanOrEqual(REFERENCE_TIME - 365 * DAY);
      expect(Math.max(...values)).toBeLessThanOrEqual(REFERENCE_TIME);
      expect(Math.max(...values)).toBeGreaterThan(REFERENCE_TIME - 5 * DAY);
    }
  });

  test('relative ranges follow the reference time, not the clock', () => {
    const reference = Date.UTC(2001, 5, 15, 12);
    const past = times(generate('timestamp', { pastDays: 2 }, column('timestamp'), 500, { referenceTime: reference }));
    expect(past.every((t) => t >= reference - 2 * DAY && t <= reference)).toBe(true);
    const both = times(generate('timestamp', { pastDays: 1, futureDays: 1 }, column('timestamp'), 500, { referenceTime: reference }));
    expect(both.some((t) => t > reference) && both.some((t) => t < reference)).toBe(true);
    const future = times(generate('date', { futureDays: 30 }, column('date'), 500, { referenceTime: reference }));
    expect(future.every((t) => t % DAY === 0 && t > reference && t <= reference + 30 * DAY)).toBe(true);
  });

  test('absolute ranges are inclusive and dates are midnight UTC', () => {
    const values = times(generate('date', { from: '2024-02-27', to: new Date('2024-03-01T00:00:00Z') }, column('date'), 400));
    expect(new Set(values)).toEqual(new Set([Date.UTC(2024, 1, 27), Date.UTC(2024, 1, 28), Date.UTC(2024, 1, 29), Date.UTC(2024, 2, 1)]));
  });

  test('from alone runs to the reference time; to alone covers the year before it', () => {
    const fromOnly = times(generate('timestamp', { from: '2025-12-01T00:00:00Z' }, column('timestamp'), 300));
    expect(fromOnly.every((t) => t >= Date.UTC(2025, 11, 1) && t <= REFERENCE_TIME)).toBe(true);
    const toOnly = times(generate('timestamp', { to: '2020-01-01' }, column('timestamp'), 300));
    expect(toOnly.every((t) => t <= Date.UTC(2020, 0, 1) && t >= Date.UTC(2020, 0, 1) - 365 * DAY)).toBe(true);
  });

  test('the same values in every process time zone; zone-less strings are UTC', () => {
    const run = () => times(generate('timestamp', { from: '2024-03-10 01:30:00', to: '2024-03-10T03:30:00' }, column('timestamp'), 200));
    process.env.TZ = 'America/Los_Angeles';
    const la = run();
    process.env.TZ = 'Asia/Kolkata';
    const kolkata = run();
    process.env.TZ = 'UTC';
    const utc = run();
    expect(la).toEqual(utc);
    expect(kolkata).toEqual(utc);
    expect(utc.every((t) => t >= Date.UTC(2024, 2, 10, 1, 30) && t <= Date.UTC(2024, 2, 10, 3, 30))).toBe(true);
    process.env.TZ = 'Pacific/Kiritimati';
    expect(times(generate('date', { pastDays: 100 }, column('date'), 200))).toEqual((process.env.TZ = 'UTC', times(generate('date', { pastDays: 100 }, column('date'), 200))));
  });

  test('explicit zones are honoured', () => {
    const values = times(generate('timestamp', { from: '2024-01-01T10:00:00+02:00', to: '2024-01-01T10:00:00+02:00' }, column('timestamptz'), 5));
    expect(new Set(values)).toEqual(new Set([Date.UTC(2024, 0, 1, 8)]));
  });

  test('bad ranges are option errors', () => {
    const error = (options: Record<string, unknown>, name = 'timestamp') => {
      try {
        build(name, options, context(column('timestamp')));
      } catch (e) {
        expect(e).toBeInstanceOf(GeneratorOptionError);
        return (e as Error).message;
      }
      throw new Error('no error');
    };
    expect(error({ from: '2024-01-01', pastDays: 3 })).toBe('g.timestamp(): from/to and pastDays/futureDays both given');
    expect(error({ from: '2024-02-01', to: '2024-01-01' })).toMatch(/starts \(2024-02-01T00:00:00\.000Z\) after it ends/);
    expect(error({ from: 'yesterday' })).toBe('g.timestamp() option from: "yesterday" is not a date');
    expect(error({ pastDays: -1 })).toMatch(/negative/);
    expect(error({ from: '2024-01-01T10:00:00Z', to: '2024-01-01T11:00:00Z' }, 'date')).toMatch(/no whole day/);
  });
});
