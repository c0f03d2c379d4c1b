import { localeData } from '../locale-data.ts';
import type { Rng } from '../random.ts';
import { fitList, rejectAllowed, requireLength, requireMinLength, textLimits, truncate, type TextLimits } from './limits.ts';
import { booleanOption, checkOptionNames, JSON_KINDS, STRING_KINDS } from './options.ts';
import { embeddedSlots, parseTemplate, PATTERN_SYMBOLS, renderTemplate, renderTemplateWith } from './template.ts';
import { pickFromList } from './pick-from-list.ts';
import type { GeneratorContext, GeneratorImpl } from './types.ts';
import { below, uniqueIndex } from './unique.ts';

/** Places (United States, as faker's English locale): street, city, state, country, zip, and a whole address. */

type Options = Readonly<Record<string, unknown>>;

const HOUSE_NUMBERS = 9999;

function prepare(name: string, options: Options, ctx: GeneratorContext, known: readonly string[] = []): TextLimits {
  checkOptionNames(name, options, known);
  rejectAllowed(name, ctx);
  return textLimits(ctx);
}

// ---------------------------------------------------------------------------------------------- street

interface StreetNames {
  size: number;
  longest: number;
  name(v: number): string;
}

let streetNamesCache: StreetNames | undefined;

/** Street names: "<last name> <suffix>" (e.g. "Kertzmann Lights") and the locale's named streets, without duplicates. */
function streetNames(): StreetNames {
  if (streetNamesCache) return streetNamesCache;
  const { lastNames, streetSuffixes, streetNames: named } = localeData();
  const lastSet = new Set(lastNames);
  const suffixSet = new Set(streetSuffixes);
  // A named street that a last name and suffix also spell would appear twice: keep one.
  const extra = named.filter((s) => {
    const space = s.lastIndexOf(' ');
    return !(space > 0 && lastSet.has(s.slice(0, space)) && suffixSet.has(s.slice(space + 1)));
  });
  const composed = lastNames.length * streetSuffixes.length;
  const s = streetSuffixes.length;
  const longestOf = (list: readonly string[]) => list.reduce((m, x) => Math.max(m, x.length), 0);
  streetNamesCache = {
    size: composed + extra.length,
    longest: Math.max(longestOf(lastNames) + 1 + longestOf(streetSuffixes), longestOf(extra)),
    name: (v) => (v < composed ? lastNames[Math.floor(v / s)] + ' ' + streetSuffixes[v % s] : extra[v - composed]!),
  };
  return streetNamesCache;
}

function streetOf(names: StreetNames, rng: Rng): string {
  return 1 + below(rng.u32(), HOUSE_NUMBERS) + ' ' + names.name(Math.floor(rng.float() * names.size));
}

const street: GeneratorImpl = {
  name: 'street',
  version: 1,
  accepts: STRING_KINDS,
  create(options, ctx) {
    const limits = prepare('street', options, ctx);
    requireMinLength('street', ctx, limits, 8);
    const names = streetNames();
    return (rng) => {
      const line = streetOf(names, rng);
      return line.length > limits.maxLength ? truncate(line, limits.maxLength) : line;
    };
  },
  createUnique(options, ctx) {
    const limits = prepare('street', options, ctx);
    requireMinLength('street', ctx, limits, 8);
    const names = streetNames();
    requireLength('street', ctx, limits, names.longest + 5, 'for unique street lines');
    const perm = uniqueIndex('street', ctx, names.size * HOUSE_NUMBERS, 'Lower the row count.');
    return (_rng, index) => {
      const v = perm(index);
      const house = v % HOUSE_NUMBERS;
      return 1 + house + ' ' + names.name((v - house) / HOUSE_NUMBERS);
    };
  },
};

// ---------------------------------------------------------------------------------------------- lists

function listImpl(name: string, known: readonly string[], list: (options: Options, limits: TextLimits) => readonly string[], hint: string): GeneratorImpl {
  return pickFromList(name, (options, ctx) => {
    const limits = prepare(name, options, ctx, known);
    return fitList(name, ctx, list(options, limits), limits);
  }, hint);
}

const city = listImpl('city', [], () => localeData().cities, 'Lower the row count, or drop unique (cities repeat in real data).');

/** Full state names, or two-letter codes when the column cannot hold every full name (e.g. char(2)). */
const state = listImpl(
  'state',
  [],
  (_options, limits) => {
    const { states, stateAbbreviations } = localeData();
    return states.every((s) => s.length <= limits.maxLength) ? states : stateAbbreviations;
  },
  'There are only 50 states: lower the row count or drop unique.',
);

/** Country names; `code: true` or a 2-character column gives ISO 3166 alpha-2 codes, a 3-character column alpha-3. */
const country = listImpl(
  'country',
  ['code'],
  (options, limits) => {
    const { countries, countryAlpha2, countryAlpha3 } = localeData();
    if (booleanOption('country', options, 'code') === true) return countryAlpha2;
    if (limits.maxLength === 3) return countryAlpha3;
    if (limits.maxLength <= 3) return countryAlpha2;
    return countries;
  },
  'There are only 249 countries: lower the row count or drop unique.',
);

// ---------------------------------------------------------------------------------------------- zip

const ZIP5 = parseTemplate('#####', PATTERN_SYMBOLS);
const ZIP9 = parseTemplate('#####-####', PATTERN_SYMBOLS);

const zip: GeneratorImpl = {
  name: 'zip',
  version: 1,
  accepts: STRING_KINDS,
  create(options, ctx) {
    const limits = prepare('zip', options, ctx);
    requireLength('zip', ctx, limits, 5, 'for a ZIP code');
    // One in ten ZIP+4 when the column takes it.
    const plus4 = limits.maxLength >= 10;
    if (limits.minLength > 5) return (rng) => renderTemplate(ZIP9, rng);
    return (rng) => renderTemplate(plus4 && rng.u32() < 429496730 ? ZIP9 : ZIP5, rng);
  },
  createUnique(options, ctx) {
    const limits = prepare('zip', options, ctx);
    const template = limits.minLength > 5 ? ZIP9 : ZIP5;
    requireLength('zip', ctx, limits, template.length, 'for a ZIP code');
    const { from, domain } = embeddedSlots(template.alphabets.map((a) => a.length));
    const perm = uniqueIndex('zip', ctx, domain, 'Lower the row count, or drop unique.');
    return (rng, index) => renderTemplateWith(template, rng, from, perm(index));
  },
};

// ---------------------------------------------------------------------------------------------- address

const address: GeneratorImpl = {
  name: 'address',
  version: 1,
  accepts: JSON_KINDS,
  create(options) {
    checkOptionNames('address', options, []);
    const names = streetNames();
    const { cities, states } = localeData();
    return (rng) => ({
      street: streetOf(names, rng),
      city: cities[below(rng.u32(), cities.length)]!,
      state: states[below(rng.u32(), states.length)]!,
      zip: renderTemplate(ZIP5, rng),
      country: 'United States',
    });
  },
};

export const locationGenerators: readonly GeneratorImpl[] = [street, city, state, country, zip, address];
