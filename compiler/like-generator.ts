import { g, type Generator } from '../dsl/index.ts';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ra', 'to', 'vi', 'su', 'de', 'po', 'an', 'el', 'ir', 'on', 'ul'];

/**
 * A generator whose values always match a CHECK's `LIKE` pattern: `%` becomes a short word, `_` a letter, the rest
 * stays. An email-shaped pattern (`%@%`, `%@%.%`) gets real-looking emails instead.
 */
export function likeGenerator(pattern: string, maxLength = Infinity): Generator<string> {
  if (/^%@%(\.%)?$/.test(pattern) && maxLength >= 24) return g.email();
  const literal = pattern.replace(/\\(.)|[%_]/g, (m, escaped: string | undefined) => escaped ?? '').length;
  const wildcards = (pattern.match(/(?<!\\)%/g) ?? []).length;
  // Words as long as the column allows, at most two syllables each.
  const syllables = wildcards === 0 ? 0 : Math.max(0, Math.min(2, Math.floor((maxLength - literal - (pattern.match(/(?<!\\)_/g) ?? []).length) / (2 * wildcards))));
  return g.derive((_row, { random }) => {
    let out = '';
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i]!;
      if (c === '\\' && i + 1 < pattern.length) out += pattern[++i];
      else if (c === '_') out += LETTERS[Math.floor(random() * LETTERS.length)];
      else if (c === '%') for (let s = 0; s < syllables; s++) out += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
      else out += c;
    }
    return out;
  });
}
