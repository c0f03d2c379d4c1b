/**
 * The order of names in artifacts: schema snapshots, manifests, enum lists, ties in the load order (the compiler), and
 * the scenarios of an artifact directory (the runtime). The collation of en-US, pinned. String#localeCompare followed
 * the process's locale: under LANG=da_DK.UTF-8 "aa" sorts after "z" (it is "å" in Danish), so the same definitions
 * gave other artifacts on a Danish machine. en-US is what C, C.UTF-8 and English locales gave, so artifacts compiled
 * there keep their bytes.
 */
let collator: Intl.Collator | undefined;

export function compareNames(a: string, b: string): number {
  return compareIdentifiers(a, b) ?? (collator ??= new Intl.Collator('en-US')).compare(a, b);
}

/**
 * en-US's first-level weights of the characters names are made of (letters, digits, `_ - , .`); -1 for any other.
 * Letters weigh the same in either case: case is the third level, lower case first.
 */
const WEIGHTS = new Int8Array(128).fill(-1);
[...'_-,.0123456789abcdefghijklmnopqrstuvwxyz'].forEach((c, i) => {
  WEIGHTS[c.charCodeAt(0)] = i;
  WEIGHTS[c.toUpperCase().charCodeAt(0)] = i;
});

/**
 * The collator's order for names of those characters only, without it: building an Intl.Collator takes ~7 ms (ICU
 * loads its collation data), on every thread that sorts a name. Undefined for any other name: the collator decides.
 * Pinned to the collator by test/runtime/compare-names.test.ts.
 */
export function compareIdentifiers(a: string, b: string): number | undefined {
  if (!plain(a) || !plain(b)) return undefined;
  const n = Math.min(a.length, b.length);
  let byCase = 0;
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (WEIGHTS[x] !== WEIGHTS[y]) return WEIGHTS[x]! < WEIGHTS[y]! ? -1 : 1;
    // The same letter in the other case: the first such difference decides if nothing else does (lower case first).
    if (byCase === 0) byCase = x > y ? -1 : 1;
  }
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return byCase;
}

function plain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || WEIGHTS[c] === -1) return false;
  }
  return true;
}
