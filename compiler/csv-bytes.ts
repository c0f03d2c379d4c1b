/**
 * CSV rows written straight into UTF-8 bytes: integers and dates as digits (no string per cell), text copied once
 * while deciding whether it needs quotes. The bytes are exactly those of `csvField` / `textFormatter` text encoded
 * as UTF-8 (test/compiler/csv-bytes.test.ts compares them), only without the intermediate strings and their garbage.
 */

const QUOTE = 34;
const COMMA = 44;
const NEWLINE = 10;
const RETURN = 13;
const BACKSLASH = 92;
const MS_PER_DAY = 86_400_000;
/** 1000-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z: the instants whose dates have four-digit years. */
const FIRST_MS = -30_610_224_000_000;
const LAST_MS = 253_402_300_799_999;
const POWERS_OF_TEN = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];
/**
 * Most bytes one typed cell takes: a safe integer (sign and 16 digits), a fixed numeric (sign, 16 digits, point,
 * 6 decimals), a timestamptz (`YYYY-MM-DD hh:mm:ss.mmm+00`).
 */
export const TYPED_CELL_MAX = 26;
/** Below this length a JS loop copies ASCII faster than a native call; above it Buffer#write wins. */
const SHORT_TEXT = 24;
/** What makes a field need quoting or a closer look (`\.` alone needs a line break to matter, or is short). */
const NEEDS_SCAN = /[",\r\n]/;

/** How a date-like column prints a Date: `YYYY-MM-DD`, `YYYY-MM-DD hh:mm:ss[.mmm]`, with `+00`, or the time alone. */
export type DateLayout = 'date' | 'timestamp' | 'timestamptz' | 'time';

export class CsvBytes {
  /** The buffer written into: replaced when `reserve` grows it. */
  buf: Buffer;
  length = 0;

  /** `reuse`: a buffer of an earlier range that was written out, taken when it is large enough (not cleared). */
  constructor(capacity = 1 << 16, reuse?: ArrayBuffer) {
    // Its own ArrayBuffer (never Node's shared pool), so it can be transferred to another thread.
    this.buf = Buffer.from(reuse && reuse.byteLength >= capacity ? reuse : new ArrayBuffer(Math.max(64, capacity)));
  }

  /** The bytes written so far (a view; transfer `.buffer` or copy it). */
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }

  /** Room for `extra` more bytes at `length` (the buffer may be replaced). */
  reserve(extra: number): void {
    if (this.length + extra <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = Buffer.from(new ArrayBuffer(size));
    this.buf.copy(next, 0, 0, this.length);
    this.buf = next;
  }

  byte(b: number): void {
    this.reserve(1);
    this.buf[this.length++] = b;
  }

  /** Text that never needs quoting (numbers, dates, uuids, booleans), as UTF-8. */
  raw(text: string): void {
    const n = text.length;
    this.reserve(n * 3);
    if (n <= SHORT_TEXT) {
      const buf = this.buf;
      let at = this.length;
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c > 127) {
          this.length += this.buf.write(text, this.length, 'utf8');
          return;
        }
        buf[at++] = c;
      }
      this.length = at;
      return;
    }
    this.length += this.buf.write(text, this.length, 'utf8');
  }

  /**
   * A CSV field (RFC 4180, `csvField`'s rules): quoted when empty, padded, `\.`, or holding `"` `,` or a line break.
   * Returns whether the text holds both a backslash and a line break (then the caller checks for a `\.` line).
   */
  field(text: string): boolean {
    const n = text.length;
    if (n > SHORT_TEXT && !NEEDS_SCAN.test(text)) {
      // Long text without quotes, commas or line breaks (most prose): one native test, one native copy.
      const quote = text.charCodeAt(0) <= 32 || text.charCodeAt(n - 1) <= 32;
      this.reserve(n * 3 + 2);
      if (quote) this.buf[this.length++] = QUOTE;
      this.length += this.buf.write(text, this.length, 'utf8');
      if (quote) this.buf[this.length++] = QUOTE;
      return false;
    }
    if (n === 0) {
      this.reserve(2);
      this.buf[this.length++] = QUOTE;
      this.buf[this.length++] = QUOTE;
      return false;
    }
    let quote = text.charCodeAt(0) <= 32 || text.charCodeAt(n - 1) <= 32;
    let quotes = 0;
    let ascii = true;
    let backslash = false;
    let lineBreak = false;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 64) {
        if (c === QUOTE) {
          quote = true;
          quotes++;
        } else if (c === COMMA) quote = true;
        else if (c === NEWLINE || c === RETURN) quote = lineBreak = true;
      } else if (c === BACKSLASH) backslash = true;
      else if (c > 127) ascii = false;
    }
    if (!quote && n === 2 && text === '\\.') quote = true;
    this.reserve(n * 3 + quotes + 2);
    if (quote) this.buf[this.length++] = QUOTE;
    const body = quotes > 0 ? text.replace(/"/g, '""') : text;
    if (ascii && body.length <= SHORT_TEXT) {
      const buf = this.buf;
      let at = this.length;
      for (let i = 0; i < body.length; i++) buf[at++] = body.charCodeAt(i);
      this.length = at;
    } else {
      this.length += this.buf.write(body, this.length, 'utf8');
    }
    if (quote) this.buf[this.length++] = QUOTE;
    return backslash && lineBreak;
  }

  /** A safe integer in decimal, as `String(n)` writes it. */
  int(n: number): void {
    this.reserve(TYPED_CELL_MAX);
    this.length = putInt(this.buf, this.length, n);
  }

  /**
   * `v.toFixed(scale)` for a value within 1e-6 of a multiple of 10^-scale (prices, amounts: the usual case), where
   * the decimal digits are exactly those of the rounded integer. False, writing nothing, otherwise.
   */
  fixed(v: number, scale: number): boolean {
    this.reserve(TYPED_CELL_MAX);
    const end = putFixed(this.buf, this.length, v, scale);
    if (end < 0) return false;
    this.length = end;
    return true;
  }

  /**
   * A Date as `format-value.ts` prints it (UTC). False, writing nothing, when the date is invalid or its year is
   * outside 1000..9999 (the caller then writes the formatter's text).
   */
  date(d: Date, layout: DateLayout): boolean {
    this.reserve(TYPED_CELL_MAX);
    const end = putDate(this.buf, this.length, d, layout);
    if (end < 0) return false;
    this.length = end;
    return true;
  }
}

/**
 * The typed writers below write at `at` into a buffer with at least TYPED_CELL_MAX bytes of room there and return
 * where they stopped (-1, having written nothing, when the value is not theirs to write). A row renderer reserves
 * room for a whole row of them once and keeps its write position in a local.
 */

/** A safe integer in decimal, as `String(n)` writes it. */
export function putInt(buf: Uint8Array, at: number, n: number): number {
  if (n < 0) {
    buf[at++] = 45;
    n = -n;
  }
  if (n < 10) {
    buf[at++] = 48 + n;
    return at;
  }
  if (n <= 0x7fffffff) {
    // Two digits per step in int32 arithmetic, no table (row ids and references: the hottest numbers).
    let m = n | 0;
    const digits = m < 100_000 ? (m < 100 ? 2 : m < 1000 ? 3 : m < 10_000 ? 4 : 5) : m < 10_000_000 ? (m < 1_000_000 ? 6 : 7) : m < 100_000_000 ? 8 : m < 1_000_000_000 ? 9 : 10;
    const end = at + digits;
    at = end;
    while (m >= 100) {
      const q = (m / 100) | 0;
      const pair = m - q * 100;
      const tens = (pair * 103) >> 10; // pair / 10 for 0..99
      buf[--at] = 48 + pair - tens * 10;
      buf[--at] = 48 + tens;
      m = q;
    }
    if (m >= 10) {
      const tens = (m * 103) >> 10;
      buf[--at] = 48 + m - tens * 10;
      buf[--at] = 48 + tens;
    } else buf[--at] = 48 + m;
    return end;
  }
  let digits = 1;
  for (let p = 10; p <= n; p *= 10) digits++;
  const end = at + digits;
  at = end;
  while (n >= 10) {
    const q = Math.floor(n / 10);
    buf[--at] = 48 + (n - q * 10);
    n = q;
  }
  buf[--at] = 48 + n;
  return end;
}

/** `v.toFixed(scale)` when `CsvBytes.fixed` takes it, else -1. */
export function putFixed(buf: Uint8Array, at: number, v: number, scale: number): number {
  const factor = POWERS_OF_TEN[scale];
  if (factor === undefined) return -1;
  const scaled = v * factor;
  // Below 2^52 the product is off by at most a quarter, so the integer nearest the exact v * 10^scale is k.
  if (!(Math.abs(scaled) < 2 ** 52)) return -1;
  const k = Math.round(scaled);
  if (Math.abs(scaled - k) >= 1e-6 || (k === 0 && v < 0)) return -1;
  let n = k;
  if (n < 0) {
    buf[at++] = 45;
    n = -n;
  }
  const whole = Math.floor(n / factor);
  at = putInt(buf, at, whole);
  if (scale === 0) return at;
  buf[at++] = 46;
  let fraction = n - whole * factor;
  const end = at + scale;
  at = end;
  for (let d = 0; d < scale; d++) {
    const q = Math.floor(fraction / 10);
    buf[--at] = 48 + (fraction - q * 10);
    fraction = q;
  }
  return end;
}

/** A Date as `CsvBytes.date` writes it, else -1. */
export function putDate(buf: Uint8Array, at: number, d: Date, layout: DateLayout): number {
  const ms = d.getTime();
  if (!Number.isFinite(ms)) return -1;
  const days = Math.floor(ms / MS_PER_DAY);
  // Milliseconds into the day, and below every field of the date: int32 arithmetic (no float modulo).
  let inDay = (ms - days * MS_PER_DAY) | 0;
  if (layout !== 'time') {
    // Exactly the instants whose year is 1000..9999; the rest are left to the formatter.
    if (ms < FIRST_MS || ms > LAST_MS) return -1;
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm; proleptic Gregorian, as Date is). Every
    // quantity is a small non-negative integer here, so `(a / b) | 0` is Math.floor(a / b).
    const z = (days + 719_468) | 0;
    const era = (z / 146_097) | 0;
    const doe = z - era * 146_097;
    const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36_524) | 0) - ((doe / 146_096) | 0)) / 365) | 0;
    const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
    const mp = ((5 * doy + 2) / 153) | 0;
    const day = doy - (((153 * mp + 2) / 5) | 0) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    const century = (year / 100) | 0;
    const yy = year - century * 100;
    const centuryTens = (century * 103) >> 10;
    const yearTens = (yy * 103) >> 10;
    const monthTens = month >= 10 ? 1 : 0;
    const dayTens = (day * 103) >> 10;
    buf[at++] = 48 + centuryTens;
    buf[at++] = 48 + century - centuryTens * 10;
    buf[at++] = 48 + yearTens;
    buf[at++] = 48 + yy - yearTens * 10;
    buf[at++] = 45;
    buf[at++] = 48 + monthTens;
    buf[at++] = 48 + month - monthTens * 10;
    buf[at++] = 45;
    buf[at++] = 48 + dayTens;
    buf[at++] = 48 + day - dayTens * 10;
    if (layout === 'date') return at;
    buf[at++] = 32;
  }
  const hours = (inDay / 3_600_000) | 0;
  inDay -= hours * 3_600_000;
  const minutes = (inDay / 60_000) | 0;
  inDay -= minutes * 60_000;
  const seconds = (inDay / 1000) | 0;
  const millis = inDay - seconds * 1000;
  const hoursTens = (hours * 103) >> 10;
  const minutesTens = (minutes * 103) >> 10;
  const secondsTens = (seconds * 103) >> 10;
  buf[at++] = 48 + hoursTens;
  buf[at++] = 48 + hours - hoursTens * 10;
  buf[at++] = 58;
  buf[at++] = 48 + minutesTens;
  buf[at++] = 48 + minutes - minutesTens * 10;
  buf[at++] = 58;
  buf[at++] = 48 + secondsTens;
  buf[at++] = 48 + seconds - secondsTens * 10;
  if (millis !== 0) {
    const hundreds = (millis / 100) | 0;
    const rest = millis - hundreds * 100;
    const tens = (rest * 103) >> 10;
    buf[at++] = 46;
    buf[at++] = 48 + hundreds;
    buf[at++] = 48 + tens;
    buf[at++] = 48 + rest - tens * 10;
  }
  if (layout === 'timestamptz') {
    buf[at++] = 43;
    buf[at++] = 48;
    buf[at++] = 48;
  }
  return at;
}
