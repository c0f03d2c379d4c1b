import { describe, expect, it } from 'vitest';
import { csvField, jsonValue, textFormatter } from '../../compiler/format-value.ts';
import { columnModel as column } from '../support/column-model.ts';

describe('formatting', () => {
  it('formats temporal values in UTC whatever the machine zone', () => {
    const d = new Date(Date.UTC(2025, 2, 4, 5, 6, 7, 89));
    expect(textFormatter(column('timestamptz'))(d)).toBe('2025-03-04 05:06:07.089+00');
    expect(textFormatter(column('timestamp'))(d)).toBe('2025-03-04 05:06:07.089');
    expect(textFormatter(column('date'))(d)).toBe('2025-03-04');
  });

  it('formats numerics with the column scale and arrays as literals', () => {
    expect(textFormatter(column('numeric', { scale: 2 }))(19.5)).toBe('19.50');
    expect(textFormatter(column('text', { arrayDimensions: 1 }))(['a', 'b c', '', null, 'x"y'])).toBe('{a,"b c","",NULL,"x\\"y"}');
  });

  it('keeps NULL and empty string apart in CSV', () => {
    expect(csvField('')).toBe('""');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('plain')).toBe('plain');
  });

  it('types JSON values as the database does', () => {
    const d = new Date(Date.UTC(2025, 0, 1));
    expect(jsonValue(column('boolean'), true, textFormatter(column('boolean')))).toBe(true);
    expect(jsonValue(column('timestamptz'), d, textFormatter(column('timestamptz')))).toBe('2025-01-01T00:00:00.000Z');
    expect(jsonValue(column('jsonb'), { a: 1 }, textFormatter(column('jsonb')))).toEqual({ a: 1 });
  });
});
