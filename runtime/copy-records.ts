/**
 * Finds record boundaries in COPY data streams without parsing fields: counts rows for drivers that do not report
 * them, and lets the embedded driver cut a large file into whole-record pieces. A newline ends a record unless it
 * is inside a quoted CSV field (a `""` escape toggles twice, so quote parity is enough).
 */
export interface CopyFormat {
  csv: boolean;
  header: boolean;
}

/** Reads FORMAT and HEADER out of a `COPY ... FROM STDIN WITH (...)` statement. */
export function copyFormat(copySql: string): CopyFormat {
  const csv = /\bformat\s+csv\b/i.test(copySql) || /\bcsv\b/i.test(copySql.replace(/"[^"]*"/g, ''));
  const headerMatch = /\bheader\b(\s+(true|on|1|false|off|0|match))?/i.exec(copySql.replace(/"[^"]*"/g, ''));
  const header = headerMatch !== null && !/^(false|off|0)$/i.test(headerMatch[2] ?? '');
  return { csv, header };
}

const NEWLINE = 0x0a;
const QUOTE = 0x22;

/** Scans a byte stream chunk by chunk; remembers quote state across chunk edges. */
export class RecordScanner {
  private inQuote = false;
  private complete = 0;
  private trailing = false;

  constructor(private readonly csv: boolean) {}

  /** Scans one chunk; returns the offset just after the last record terminator in it, or -1 if none. */
  scan(chunk: Uint8Array): number {
    let last = -1;
    let i = 0;
    const n = chunk.length;
    if (!this.csv) {
      for (;;) {
        const nl = chunk.indexOf(NEWLINE, i);
        if (nl === -1) break;
        this.complete++;
        last = nl + 1;
        i = nl + 1;
      }
    } else {
      // The next quote's position is remembered: searching for it again from every record would be quadratic
      // in chunks with few quotes.
      let q = chunk.indexOf(QUOTE, i);
      while (i < n) {
        if (this.inQuote) {
          if (q === -1) {
            i = n;
            break;
          }
          this.inQuote = false;
          i = q + 1;
          q = chunk.indexOf(QUOTE, i);
          continue;
        }
        const nl = chunk.indexOf(NEWLINE, i);
        if (nl !== -1 && (q === -1 || nl < q)) {
          this.complete++;
          last = nl + 1;
          i = nl + 1;
        } else if (q !== -1) {
          this.inQuote = true;
          i = q + 1;
          q = chunk.indexOf(QUOTE, i);
        } else {
          break;
        }
      }
    }
    if (n > 0) this.trailing = last !== n;
    return last;
  }

  /** Records seen so far, counting an unterminated last record. */
  get records(): number {
    return this.complete + (this.trailing ? 1 : 0);
  }
}

export function toBytes(chunk: Uint8Array | string): Uint8Array {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}
