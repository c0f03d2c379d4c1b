import type { Rng } from '../random.ts';
import { below, MAX_DOMAIN } from './unique.ts';

/**
 * Symbol templates (`INV-####`, `(!##) !##-####`): literal text with slots, each slot drawing one character from
 * an alphabet. Unique rendering writes a permuted index, in mixed radix, into the last slots.
 */

export const DIGITS = '0123456789';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';

/** `#` digit, `?` upper-case letter, `*` digit or upper-case letter (faker's replaceSymbols). */
export const PATTERN_SYMBOLS: Readonly<Record<string, string>> = { '#': DIGITS, '?': UPPER, '*': DIGITS + UPPER };
/** Phone formats: `#` digit, `!` digit 2-9 (area and exchange codes never start with 0 or 1). */
export const PHONE_SYMBOLS: Readonly<Record<string, string>> = { '#': DIGITS, '!': '23456789' };

export interface Template {
  /** Literal text around the slots: `literals.length === alphabets.length + 1`. */
  literals: string[];
  alphabets: string[];
  /** Length of every rendered string. */
  length: number;
}

/** Parses a template; a backslash makes the next character literal (`\\#`). */
export function parseTemplate(source: string, symbols: Readonly<Record<string, string>>): Template {
  const literals: string[] = [];
  const alphabets: string[] = [];
  let literal = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\' && i + 1 < source.length) {
      literal += source[++i];
      continue;
    }
    const alphabet = symbols[ch];
    if (alphabet === undefined) {
      literal += ch;
    } else {
      literals.push(literal);
      alphabets.push(alphabet);
      literal = '';
    }
  }
  literals.push(literal);
  const length = literals.reduce((n, l) => n + l.length, 0) + alphabets.length;
  return { literals, alphabets, length };
}

/** Number of distinct strings the template renders (capped at 2^53). */
export function templateDomain(template: Template): number {
  let size = 1;
  for (const a of template.alphabets) size = Math.min(size * a.length, 2 ** 53);
  return size;
}

/** The first slot of the longest suffix of slots whose combined domain fits a permutation, and that domain. */
export function embeddedSlots(radices: readonly number[]): { from: number; domain: number } {
  let domain = 1;
  let from = radices.length;
  while (from > 0 && domain * radices[from - 1]! <= MAX_DOMAIN) {
    domain *= radices[from - 1]!;
    from--;
  }
  return { from, domain };
}

/** Renders with random slots. */
export function renderTemplate(template: Template, rng: Rng): string {
  const { literals, alphabets } = template;
  let out = literals[0]!;
  for (let k = 0; k < alphabets.length; k++) {
    const a = alphabets[k]!;
    out += a[below(rng.u32(), a.length)]! + literals[k + 1]!;
  }
  return out;
}

/**
 * Renders with the slots from `from` on spelling `value` in mixed radix (most significant first) and the slots
 * before it random. Distinct values in [0, domain) give distinct strings.
 */
export function renderTemplateWith(template: Template, rng: Rng, from: number, value: number): string {
  const { literals, alphabets } = template;
  const n = alphabets.length;
  let out = literals[0]!;
  for (let k = 0; k < from; k++) {
    const a = alphabets[k]!;
    out += a[below(rng.u32(), a.length)]! + literals[k + 1]!;
  }
  if (from === n) return out;
  // Peel digits least-significant first, then write them in order.
  let tail = literals[n]!;
  let v = value;
  for (let k = n - 1; k >= from; k--) {
    const a = alphabets[k]!;
    const digit = v % a.length;
    v = (v - digit) / a.length;
    tail = a[digit]! + tail;
    if (k > from) tail = literals[k]! + tail;
  }
  return out + tail;
}
