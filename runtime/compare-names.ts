/**
 * The order of names in artifacts: schema snapshots, manifests, enum lists, ties in the load order (the compiler), and
 * the scenarios of an artifact directory (the runtime). The collation of en-US, pinned. String#localeCompare followed
 * the process's locale: under LANG=da_DK.UTF-8 "aa" sorts after "z" (it is "å" in Danish), so the same definitions
 * gave other artifacts on a Danish machine. en-US is what C, C.UTF-8 and English locales gave, so artifacts compiled
 * there keep their bytes.
 */
let collator: Intl.Collator | undefined;

export function compareNames(a: string, b: string): number {
  return (collator ??= new Intl.Collator('en-US')).compare(a, b);
}
