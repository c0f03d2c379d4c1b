import { describe, expect, it } from 'vitest';
import { copyFormat, RecordScanner } from '../../runtime/copy-records.ts';

describe('copyFormat', () => {
  it.each([
    ['COPY t (a) FROM STDIN WITH (FORMAT csv, HEADER true)', { csv: true, header: true }],
    ['COPY t (a) FROM STDIN WITH (FORMAT csv)', { csv: true, header: false }],
    ['COPY t (a) FROM STDIN WITH (FORMAT csv, HEADER false)', { csv: true, header: false }],
    ['COPY t FROM stdin', { csv: false, header: false }],
    ['COPY "csv header" (a) FROM STDIN', { csv: false, header: false }],
    ['COPY t FROM STDIN CSV HEADER', { csv: true, header: true }],
  ])('%s', (sql, expected) => {
    expect(copyFormat(sql)).toEqual(expected);
  });
});

describe('RecordScanner', () => {
  const csv = 'a,b\n1,"x\ny"\n2,"say ""hi"",\nthere"\n3,\n';

  it('counts records, not newlines inside quoted fields, wherever the chunks split', () => {
    for (let size = 1; size <= csv.length; size++) {
      const scanner = new RecordScanner(true);
      let lastBoundary = -1;
      let offset = 0;
      for (let i = 0; i < csv.length; i += size) {
        const chunk = Buffer.from(csv.slice(i, i + size));
        const end = scanner.scan(chunk);
        if (end !== -1) lastBoundary = offset + end;
        offset += chunk.length;
      }
      expect(scanner.records, `chunk size ${size}`).toBe(4);
      expect(lastBoundary).toBe(csv.length);
    }
  });

  it('counts an unterminated last record', () => {
    const scanner = new RecordScanner(true);
    scanner.scan(Buffer.from('a\n1\n2'));
    expect(scanner.records).toBe(3);
  });

  it('text format: every newline ends a record', () => {
    const scanner = new RecordScanner(false);
    expect(scanner.scan(Buffer.from('1\t"x\n2\t\\N\n'))).toBe(10);
    expect(scanner.records).toBe(2);
  });
});

describe('RecordScanner against a byte-by-byte reference', () => {
  /** The obvious scanner: toggle on every quote, count newlines outside quotes. */
  function reference(bytes: Uint8Array): number {
    let inQuote = false;
    let records = 0;
    let trailing = false;
    for (const b of bytes) {
      if (b === 0x22) inQuote = !inQuote;
      if (b === 0x0a && !inQuote) records++;
      trailing = !(b === 0x0a && !inQuote);
    }
    return records + (bytes.length > 0 && trailing ? 1 : 0);
  }

  it('counts the same records for random CSV cut into random chunks', () => {
    let state = 12345;
    const random = (n: number): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state % n;
    };
    const alphabet = ['a', 'b', ',', '"', '\n', '""'];
    for (let trial = 0; trial < 200; trial++) {
      const text = Array.from({ length: 1 + random(300) }, () => alphabet[random(alphabet.length)]).join('');
      const bytes = Buffer.from(text);
      const scanner = new RecordScanner(true);
      for (let at = 0; at < bytes.length; ) {
        const size = 1 + random(40);
        scanner.scan(bytes.subarray(at, at + size));
        at += size;
      }
      expect(scanner.records, JSON.stringify(text)).toBe(reference(bytes));
    }
  });
});
