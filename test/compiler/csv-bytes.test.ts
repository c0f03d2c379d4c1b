import { describe, expect, it } from 'vitest';
import { CsvBytes, type DateLayout } from '../../compiler/csv-bytes.ts';
import { csvField, textFormatter } from '../../compiler/format-value.ts';
import { columnModel as column } from '../support/column-model.ts';
import { ReusableRng } from '../../compiler/random.ts';


const text = (write: (out: CsvBytes) => void): string => {
  const out = new CsvBytes(8); // tiny, so every test also grows the buffer
  write(out);
  return Buffer.from(out.bytes()).toString('utf8');
};

const rng = new ReusableRng().seedFromKey(0x1234, 0x5678);

describe('CsvBytes writes exactly the bytes of the string formatters', () => {
  it('CSV fields: quoting, doubled quotes, padding, empty strings, `\\.`, UTF-8', () => {
    const samples = ['', 'a', 'plain text', ' lead', 'trail ', 'x,y', 'say "hi"', '"', 'a\nb', 'a\r\nb', '\\.', '\\.\\.', 'tab\t', 'naïve café', '日本語', 'emoji 😀 ok', 'long '.repeat(40), `long "quoted", ${'x'.repeat(60)}`, 'ü'.repeat(30) + ',', `${'y'.repeat(40)} `];
    for (const sample of samples) expect(text((out) => out.field(sample))).toBe(csvField(sample));
  });

  it('reports text holding a backslash and a line break (the only kind that can end COPY data)', () => {
    const out = new CsvBytes();
    expect(out.field('a\n\\.\nb')).toBe(true);
    expect(out.field('a\\b')).toBe(false);
    expect(out.field('a\nb')).toBe(false);
  });

  it('integers, as String(n)', () => {
    const values = [0, 1, -1, 9, 10, 99, 100, 101, -1000, 2 ** 31, -(2 ** 31), Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER];
    for (let i = 0; i < 2000; i++) values.push(Math.floor((rng.float() - 0.5) * 2 * 10 ** Math.floor(rng.float() * 16)));
    for (let i = 0; i <= 20_000; i++) values.push(i);
    for (let p = 10; p <= 1e16; p *= 10) values.push(p - 1, p, p + 1, -p);
    values.push(2 ** 31 - 1, 2 ** 31 + 1, -(2 ** 31 - 1));
    for (const v of values) expect(text((out) => out.int(v))).toBe(String(v));
  });

  it('fixed-scale numerics, as toFixed, or nothing when the value is not near a multiple of the scale', () => {
    for (const scale of [0, 1, 2, 3, 6]) {
      const format = textFormatter(column('numeric', { scale }));
      const values = [0, -0, 19.5, 0.01, -0.01, 1e14 + 0.25, 123.455, 0.1 + 0.2, 1 / 3, -1e-9, 5e-7];
      for (let i = 0; i < 2000; i++) values.push(Math.round((rng.float() - 0.3) * 10 ** (2 + Math.floor(rng.float() * 10))) / 10 ** Math.floor(rng.float() * 8));
      for (const v of values) {
        const out = new CsvBytes(4);
        if (out.fixed(v, scale)) expect(Buffer.from(out.bytes()).toString(), `${v} at scale ${scale}`).toBe(format(v));
        else expect(out.length).toBe(0);
      }
    }
    // The usual case takes the fast path.
    expect(new CsvBytes().fixed(19.99, 2)).toBe(true);
  });

  it('dates, timestamps and times in UTC, as the formatters print them; years outside 1000..9999 are left to them', () => {
    const layouts: DateLayout[] = ['date', 'timestamp', 'timestamptz', 'time'];
    const dates = [new Date(0), new Date(-1), new Date(Date.UTC(2024, 1, 29, 23, 59, 59, 999)), new Date(Date.UTC(1000, 0, 1)), new Date(Date.UTC(9999, 11, 31, 23, 59, 59, 999)), new Date(Date.UTC(1969, 11, 31, 12)), new Date(Date.UTC(1600, 1, 29)), new Date(Date.UTC(2000, 1, 29, 0, 0, 0, 1)), new Date(Date.UTC(1000, 0, 1) - 1), new Date(Date.UTC(10_000, 0, 1)), new Date(Date.UTC(2026, 0, 1, 10, 5, 9, 90))];
    for (let i = 0; i < 5000; i++) dates.push(new Date(Math.floor((rng.float() - 0.5) * 2 * 250_000_000_000_000)));
    for (const layout of layouts) {
      const format = textFormatter(column(layout));
      for (const d of dates) {
        const out = new CsvBytes(4);
        const year = d.getUTCFullYear();
        if (layout !== 'time' && (year < 1000 || year > 9999)) {
          expect(out.date(d, layout)).toBe(false);
          expect(out.length).toBe(0);
        } else {
          expect(out.date(d, layout)).toBe(true);
          expect(Buffer.from(out.bytes()).toString(), `${d.toISOString()} as ${layout}`).toBe(format(d));
        }
      }
    }
    expect(new CsvBytes().date(new Date(Number.NaN), 'date')).toBe(false);
  });
});
