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
/** '00'..'99' as ASCII byte pairs. */
const DIGIT_PAIRS = Uint8Array.from({ length: 200 }, (_, i) => 48 + (i & 1 ? (i >> 1) % 10 : Math.floor((i >> 1) / 10)));
const POWERS_OF_TEN = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];
/** Below this length a JS loop copies ASCII faster than a native call; above it Buffer#write wins. */
const SHORT_TEXT = 24;
/** What makes a field need quoting or a closer look (`\.` alone needs a line break to matter, or is short). */
const NEEDS_SCAN = /[",\r\n]/;

/** How a date-like column prints a Date: `YYYY-MM-DD`, `YYYY-MM-DD hh:mm:ss[.mmm]`, with `+00`, or the time alone. */
export type DateLayout = 'date' | 'timestamp' | 'timestamptz' | 'time';

export class CsvBytes {
  private buf: Buffer;
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

  private reserve(extra: number): void {
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
    this.reserve(17);
    const buf = this.buf;
    if (n < 0) {
      buf[this.length++] = 45;
      n = -n;
    }
    if (n < 10) {
      buf[this.length++] = 48 + n;
      return;
    }
    let digits = 1;
    for (let p = 10; p <= n; p *= 10) digits++;
    let at = this.length + digits;
    this.length = at;
    if (n <= 0x7fffffff) {
      // Two digits per step with int32 arithmetic (row ids and references: the hottest numbers).
      while (n >= 100) {
        const q = (n / 100) | 0;
        const pair = (n - q * 100) << 1;
        buf[--at] = DIGIT_PAIRS[pair + 1]!;
        buf[--at] = DIGIT_PAIRS[pair]!;
        n = q;
      }
      if (n >= 10) {
        buf[--at] = DIGIT_PAIRS[(n << 1) + 1]!;
        buf[--at] = DIGIT_PAIRS[n << 1]!;
      } else buf[--at] = 48 + n;
      return;
    }
    while (n >= 10) {
      const q = Math.floor(n / 10);
      buf[--at] = 48 + (n - q * 10);
      n = q;
    }
    buf[--at] = 48 + n;
  }

  /**
   * `v.toFixed(scale)` for a value within 1e-6 of a multiple of 10^-scale (prices, amounts: the usual case), where
   * the decimal digits are exactly those of the rounded integer. False, writing nothing, otherwise.
   */
  fixed(v: number, scale: number): boolean {
    const factor = POWERS_OF_TEN[scale];
    if (factor === undefined) return false;
    const scaled = v * factor;
    // Below 2^52 the product is off by at most a quarter, so the integer nearest the exact v * 10^scale is k.
    if (!(Math.abs(scaled) < 2 ** 52)) return false;
    const k = Math.round(scaled);
    if (Math.abs(scaled - k) >= 1e-6 || (k === 0 && v < 0)) return false;
    this.reserve(scale + 20);
    let n = k;
    if (n < 0) {
      this.buf[this.length++] = 45;
      n = -n;
    }
    const whole = Math.floor(n / factor);
    this.int(whole);
    if (scale === 0) return true;
    const buf = this.buf;
    buf[this.length++] = 46;
    let fraction = n - whole * factor;
    let at = this.length + scale;
    this.length = at;
    for (let d = 0; d < scale; d++) {
      const q = Math.floor(fraction / 10);
      buf[--at] = 48 + (fraction - q * 10);
      fraction = q;
    }
    return true;
  }

  /**
   * A Date as `format-value.ts` prints it (UTC). False, writing nothing, when the date is invalid or its year is
   * outside 1000..9999 (the caller then writes the formatter's text).
   */
  date(d: Date, layout: DateLayout): boolean {
    const ms = d.getTime();
    if (!Number.isFinite(ms)) return false;
    const days = Math.floor(ms / MS_PER_DAY);
    let inDay = ms - days * MS_PER_DAY;
    this.reserve(30);
    const buf = this.buf;
    let at = this.length;
    if (layout !== 'time') {
      // Civil date from days since 1970-01-01 (H. Hinnant's algorithm; proleptic Gregorian, as Date is).
      const z = days + 719_468;
      const era = Math.floor(z / 146_097);
      const doe = z - era * 146_097;
      const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
      const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
      const mp = Math.floor((5 * doy + 2) / 153);
      const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
      const month = mp < 10 ? mp + 3 : mp - 9;
      const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
      if (year < 1000 || year > 9999) return false;
      buf[at++] = 48 + Math.floor(year / 1000);
      buf[at++] = 48 + (Math.floor(year / 100) % 10);
      buf[at++] = 48 + (Math.floor(year / 10) % 10);
      buf[at++] = 48 + (year % 10);
      buf[at++] = 45;
      buf[at++] = 48 + Math.floor(month / 10);
      buf[at++] = 48 + (month % 10);
      buf[at++] = 45;
      buf[at++] = 48 + Math.floor(day / 10);
      buf[at++] = 48 + (day % 10);
      if (layout === 'date') {
        this.length = at;
        return true;
      }
      buf[at++] = 32;
    }
    const hours = Math.floor(inDay / 3_600_000);
    inDay -= hours * 3_600_000;
    const minutes = Math.floor(inDay / 60_000);
    inDay -= minutes * 60_000;
    const seconds = Math.floor(inDay / 1000);
    const millis = inDay - seconds * 1000;
    buf[at++] = 48 + Math.floor(hours / 10);
    buf[at++] = 48 + (hours % 10);
    buf[at++] = 58;
    buf[at++] = 48 + Math.floor(minutes / 10);
    buf[at++] = 48 + (minutes % 10);
    buf[at++] = 58;
    buf[at++] = 48 + Math.floor(seconds / 10);
    buf[at++] = 48 + (seconds % 10);
    if (millis !== 0) {
      buf[at++] = 46;
      buf[at++] = 48 + Math.floor(millis / 100);
      buf[at++] = 48 + (Math.floor(millis / 10) % 10);
      buf[at++] = 48 + (millis % 10);
    }
    if (layout === 'timestamptz') {
      buf[at++] = 43;
      buf[at++] = 48;
      buf[at++] = 48;
    }
    this.length = at;
    return true;
  }
}
