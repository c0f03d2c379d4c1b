/**
 * Turns TypeScript's error text into one readable line. seedforge's own type errors carry their message inside
 * `SeedforgeTypeError<"...">`; that message is what the user needs, so it replaces TypeScript's wording.
 */

const BRANDED = /SeedforgeTypeError<"((?:[^"\\]|\\.)*)">/;

/** Longest message printed; TypeScript can print whole table types. */
const MAX_LENGTH = 400;

/** The message for one TypeScript diagnostic (already flattened with `\n` between chain links). */
export function typeErrorMessage(text: string, code: number): string {
  const branded = BRANDED.exec(text);
  if (branded) return JSON.parse(`"${branded[1]}"`) as string;
  const first = text.split('\n')[0]!.trim();
  const last = text.split('\n').at(-1)!.trim();
  const flat = first === last ? first : `${first} ${last}`;
  const short = flat.length > MAX_LENGTH ? `${flat.slice(0, MAX_LENGTH - 1)}…` : flat;
  return `${short} (TS${code})`;
}

const HINTS: Record<number, string> = {
  2307: 'install the package, or fix the import path',
  2305: 'check the name you import; it is not exported by that module',
  2339: 'check the spelling of the property',
  2353: 'check the spelling of the option; only known options are allowed',
  2561: 'check the spelling of the option; only known options are allowed',
  2345: 'pass an argument of the type the function expects',
  2322: 'give a value of the type the property expects',
  2578: 'remove the unused @ts-expect-error comment',
};

/** A one-line fix for a TypeScript diagnostic. */
export function typeErrorHint(text: string, code: number): string {
  if (BRANDED.test(text)) return 'fix the definition as the message says; your editor shows the same error at this line';
  return HINTS[code] ?? 'fix the TypeScript error at this line (your editor shows it too)';
}
