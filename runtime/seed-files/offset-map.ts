/**
 * Where each character of rendered SQL came from in the template, so a server error position in the rendered text
 * points back at the line the user wrote. Copied runs map one to one; an inserted value maps to its placeholder.
 */
export interface OffsetMap {
  /** Sorted by `out`. */
  readonly segments: readonly { out: number; src: number; length: number; copied: boolean }[];
}

/** Builds rendered text and its OffsetMap together. */
export class RenderedTextBuilder {
  private text = '';
  private readonly segments: { out: number; src: number; length: number; copied: boolean }[] = [];

  /** Appends `source[from, to)` unchanged. */
  copy(source: string, from: number, to: number): void {
    if (to <= from) return;
    this.push(source.slice(from, to), from, true);
  }

  /** Appends `text` that replaces the template text starting at `src`. */
  insert(text: string, src: number): void {
    this.push(text, src, false);
  }

  /** The last character appended, or '' at the start. */
  lastChar(): string {
    return this.text.slice(-1);
  }

  /** Rendered text appended since `mark()` returned `at`. */
  textSince(at: number): string {
    return this.text.slice(at);
  }

  mark(): number {
    return this.text.length;
  }

  build(): { text: string; map: OffsetMap } {
    return { text: this.text, map: { segments: this.segments } };
  }

  private push(text: string, src: number, copied: boolean): void {
    if (text === '') return;
    const out = this.text.length;
    const prev = this.segments[this.segments.length - 1];
    if (copied && prev?.copied && prev.out + prev.length === out && prev.src + prev.length === src) prev.length += text.length;
    else this.segments.push({ out, src, length: text.length, copied });
    this.text += text;
  }
}

/** The template offset that rendered offset `out` came from. */
export function toSourceOffset(map: OffsetMap, out: number): number {
  const segments = map.segments;
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.out <= out) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found === -1) return 0;
  const segment = segments[found]!;
  if (!segment.copied) return segment.src;
  return segment.src + Math.min(out - segment.out, segment.length);
}

/**
 * A server error position (1-based, counted in characters as PostgreSQL counts them) inside `statement`, as a
 * 0-based UTF-16 offset into it.
 */
export function characterPositionToOffset(statement: string, position: number): number {
  let offset = 0;
  let characters = 1;
  while (characters < position && offset < statement.length) {
    const code = statement.charCodeAt(offset);
    offset += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    characters++;
  }
  return offset;
}
