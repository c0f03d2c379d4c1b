import { createRequire } from 'node:module';
import { hashKey } from './random.ts';

/**
 * English value data (names, places, words) taken from @faker-js/faker's locale definitions, loaded on first use.
 * Only `@faker-js/faker/locale/en` is loaded (about 20 ms), never the root entry that imports every locale
 * (about 140 ms). It is loaded synchronously with require(esm) (Node >= 20.19) so generator `create` stays synchronous
 * and commands that never generate values never pay for it.
 *
 * Every list is normalised once (deduplicated, filtered) so hot generators index plain arrays.
 * Changing any list changes generated values: `localeFingerprint()` lets tests notice a faker upgrade that does.
 */

type FakerModule = typeof import('@faker-js/faker/locale/en');

/** The normalised value lists generators index directly. */
export interface LocaleData {
  firstNames: readonly string[];
  femaleFirstNames: readonly string[];
  maleFirstNames: readonly string[];
  lastNames: readonly string[];
  /** Lower-case a-z only (for emails and usernames), parallel to `firstNames` / `lastNames`. */
  firstNamesAscii: readonly string[];
  lastNamesAscii: readonly string[];
  loremWords: readonly string[];
  /** `loremWords` with the first letter upper-cased, parallel to it. */
  loremWordsCapitalized: readonly string[];
  /** English adjectives and nouns of a-z only (slugs, urls). */
  adjectives: readonly string[];
  nouns: readonly string[];
  cities: readonly string[];
  states: readonly string[];
  stateAbbreviations: readonly string[];
  countries: readonly string[];
  countryAlpha2: readonly string[];
  countryAlpha3: readonly string[];
  streetNames: readonly string[];
  streetSuffixes: readonly string[];
  companySuffixes: readonly string[];
  jobDescriptors: readonly string[];
  jobAreas: readonly string[];
  jobTypes: readonly string[];
  domainSuffixes: readonly string[];
  exampleDomains: readonly string[];
  /** Phone formats without extensions: `#` any digit, `!` a digit 2-9. */
  phoneFormats: readonly string[];
}

let cached: LocaleData | undefined;

/** The English value lists (loaded and normalised on the first call). */
export function localeData(): LocaleData {
  cached ??= build(loadFaker().faker.rawDefinitions);
  return cached;
}

/** The lists if this thread has them (built or provided), without loading faker (commands that generate nothing never do). */
export function loadedLocaleData(): LocaleData | undefined {
  return cached;
}

/**
 * Uses lists another thread built (a compile worker gets the compiling thread's) or the derived cache kept
 * (locale-cache.ts) instead of loading faker: about 20 ms of this thread's start. They must be what `localeData`
 * would build here; the cache keys them by faker's version and seedforge's build.
 */
export function provideLocaleData(data: LocaleData): void {
  cached ??= Object.freeze(data);
}

/** A short hash of every list, to detect upstream data changes that would change generated values. */
export function localeFingerprint(): string {
  const data = localeData();
  const keys = Object.keys(data).sort() as (keyof LocaleData)[];
  const key = hashKey(...keys.map((k) => `${k}=${data[k].join('\u0001')}`));
  return key.hi.toString(16).padStart(8, '0') + key.lo.toString(16).padStart(8, '0');
}

function loadFaker(): FakerModule {
  const require = createRequire(import.meta.url);
  return require('@faker-js/faker/locale/en') as FakerModule;
}

type Definitions = FakerModule['faker']['rawDefinitions'];

function build(d: Definitions): LocaleData {
  const person = d.person ?? {};
  const location = d.location ?? {};
  const firstName = (person.first_name ?? {}) as { generic?: string[]; female?: string[]; male?: string[] };
  const lastName = (person.last_name ?? {}) as { generic?: string[] };
  const femaleFirstNames = unique(firstName.female ?? []);
  const maleFirstNames = unique(firstName.male ?? []);
  const firstNames = unique([...(firstName.generic ?? []), ...femaleFirstNames, ...maleFirstNames]);
  const lastNames = unique(lastName.generic ?? []);
  const loremWords = unique(d.lorem?.word ?? []).filter(isLowerWord);
  const countryCodes = (location.country_code ?? []) as { alpha2: string; alpha3: string }[];
  const humanPhones = ((d.phone_number?.format ?? {}) as { human?: string[] }).human ?? [];
  const data: LocaleData = {
    firstNames,
    femaleFirstNames,
    maleFirstNames,
    lastNames,
    firstNamesAscii: firstNames.map(ascii),
    lastNamesAscii: lastNames.map(ascii),
    loremWords,
    loremWordsCapitalized: loremWords.map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
    adjectives: unique(d.word?.adjective ?? []).filter(isLowerWord),
    nouns: unique(d.word?.noun ?? []).filter(isLowerWord),
    cities: unique(location.city_name ?? []),
    states: [...(location.state ?? [])],
    stateAbbreviations: [...(location.state_abbr ?? [])],
    countries: unique(location.country ?? []),
    countryAlpha2: countryCodes.map((c) => c.alpha2),
    countryAlpha3: countryCodes.map((c) => c.alpha3),
    streetNames: unique(location.street_name ?? []),
    streetSuffixes: unique(location.street_suffix ?? []),
    companySuffixes: unique((d.company?.legal_entity_type ?? []) as readonly string[]),
    jobDescriptors: unique(person.job_descriptor ?? []),
    jobAreas: unique(person.job_area ?? []),
    jobTypes: unique(person.job_type ?? []),
    domainSuffixes: unique(d.internet?.domain_suffix ?? []),
    exampleDomains: unique(d.internet?.example_email ?? []),
    phoneFormats: humanPhones.filter((f) => !f.includes('x')),
  };
  for (const [name, list] of Object.entries(data)) {
    if ((list as readonly string[]).length === 0) {
      throw new Error(`@faker-js/faker's English locale has no "${name}" data: the installed faker version is not supported`);
    }
  }
  return Object.freeze(data);
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

function isLowerWord(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Lower-case and keep a-z only: "O'Connell" -> "oconnell". */
function ascii(name: string): string {
  let out = '';
  const lower = name.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 97 && c <= 122) out += lower[i];
  }
  return out.length > 0 ? out : 'user';
}
