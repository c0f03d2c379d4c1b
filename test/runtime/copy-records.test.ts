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
