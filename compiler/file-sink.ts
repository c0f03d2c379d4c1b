import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';

const FLUSH_AT = 1 << 18;

/** A file written in large buffered chunks while its sha256 and size are computed. */
export class FileSink {
  private readonly fd: number;
  private readonly hash: Hash = createHash('sha256');
  private parts: string[] = [];
  private pending = 0;
  bytes = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  write(text: string | Uint8Array): void {
    if (typeof text !== 'string') {
      this.flush();
      this.writeBytes(text);
      return;
    }
    this.parts.push(text);
    this.pending += text.length;
    if (this.pending >= FLUSH_AT) this.flush();
  }

  private writeBytes(bytes: Uint8Array): void {
    this.hash.update(bytes);
    this.bytes += bytes.length;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(this.fd, bytes, offset);
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    const buffer = Buffer.from(this.parts.join(''), 'utf8');
    this.parts = [];
    this.pending = 0;
    this.writeBytes(buffer);
  }

  /** Flushes, closes and returns the sha256 (hex). */
  close(): { sha256: string; bytes: number } {
    this.flush();
    closeSync(this.fd);
    return { sha256: this.hash.digest('hex'), bytes: this.bytes };
  }
}
