import { localeData } from '../locale-data.ts';
import type { Rng } from '../random.ts';
import { rejectAllowed, requireLength, requireMinLength, textLimits, type TextLimits } from './limits.ts';
import { checkOptionNames, intOption, label, show, STRING_KINDS, stringOption } from './options.ts';
import { GeneratorOptionError, type GeneratorContext, type GeneratorImpl, type ValueFn } from './types.ts';
import { below, createIndexCode, indexCodeLength, permutationKey, uniqueIndex } from './unique.ts';
import { createPermutation } from '../permutation.ts';

/**
 * Internet identifiers: uuid, username, email, url, imageUrl, avatar, slug.
 * Unique usernames, emails, slugs and urls end with an index code (distinct digits per row, see createIndexCode)
 * after a part that never contains digits, so two rows can never spell the same value.
 */

type Options = Readonly<Record<string, unknown>>;

function prepare(name: string, options: Options, ctx: GeneratorContext, known: readonly string[] = []): TextLimits {
  checkOptionNames(name, options, known);
  rejectAllowed(name, ctx);
  return textLimits(ctx);
}

/** Cuts an identifier to `max` characters without leaving a trailing separator. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  while (end > 1) {
    const c = text.charCodeAt(end - 1);
    if (c !== 46 && c !== 95 && c !== 45) break; // . _ -
    end--;
  }
  return text.slice(0, end);
}

// ---------------------------------------------------------------------------------------------- uuid

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const TWO_32 = 4294967296;

/** RFC 4122 version-4 text of 128 bits given as four 32-bit words (version and variant bits forced). */
export function formatUuid(a: number, b: number, c: number, d: number): string {
  return (
    HEX[a >>> 24]! + HEX[(a >>> 16) & 255] + HEX[(a >>> 8) & 255] + HEX[a & 255] + '-' +
    HEX[b >>> 24] + HEX[(b >>> 16) & 255] + '-' +
    HEX[((b >>> 8) & 0x0f) | 0x40] + HEX[b & 255] + '-' +
    HEX[((c >>> 24) & 0x3f) | 0x80] + HEX[(c >>> 16) & 255] + '-' +
    HEX[(c >>> 8) & 255] + HEX[c & 255] + HEX[d >>> 24] + HEX[(d >>> 16) & 255] + HEX[(d >>> 8) & 255] + HEX[d & 255]
  );
}

/** uuid: random bits from the cell, the low 48 bits a permutation of the row index, so values never repeat. */
function createUuid(options: Options, ctx: GeneratorContext): ValueFn {
  const limits = prepare('uuid', options, ctx);
  if (ctx.column.kind !== 'uuid') requireLength('uuid', ctx, limits, 36, 'for a UUID');
  requireMinLength('uuid', ctx, limits, 36);
  const perm = createPermutation(2 ** 48, permutationKey(ctx, 'uuid'));
  return (rng, index) => {
    const low = perm(index);
    const high16 = Math.floor(low / TWO_32);
    return formatUuid(rng.u32(), rng.u32(), ((rng.u32() & 0xffff0000) | high16) >>> 0, low >>> 0);
  };
}

const uuid: GeneratorImpl = {
  name: 'uuid',
  version: 1,
  accepts: ['uuid', ...STRING_KINDS],
  create: createUuid,
  createUnique(options, ctx) {
    if (ctx.count > 2 ** 48) throw new GeneratorOptionError(`${ctx.count} rows need ${ctx.count} distinct values but ${label('uuid')} has only 2^48`, 'Lower the row count.');
    return createUuid(options, ctx);
  },
};

// ---------------------------------------------------------------------------------------------- names in identifiers

interface AsciiNames {
  firsts: readonly string[];
  lasts: readonly string[];
}

function asciiNames(): AsciiNames {
  const data = localeData();
  return { firsts: data.firstNamesAscii, lasts: data.lastNamesAscii };
}

/** A random "first.last"-style handle; `form` chooses the shape. */
function handle(names: AsciiNames, rng: Rng): string {
  const f = names.firsts[below(rng.u32(), names.firsts.length)]!;
  const l = names.lasts[below(rng.u32(), names.lasts.length)]!;
  switch (rng.u32() & 7) {
    case 0:
    case 1:
    case 2:
      return f + '.' + l;
    case 3:
      return f + '_' + l;
    case 4:
      return f + l + (1 + below(rng.u32(), 99));
    case 5:
      return f.charAt(0) + l;
    case 6:
      return f + (1 + below(rng.u32(), 999));
    default:
      return f + '.' + l + (1 + below(rng.u32(), 99));
  }
}

/** The digit-free name part of unique handles: "first.last" or "first_last". */
function uniqueStem(names: AsciiNames, rng: Rng): string {
  const f = names.firsts[below(rng.u32(), names.firsts.length)]!;
  const l = names.lasts[below(rng.u32(), names.lasts.length)]!;
  return f + ((rng.u32() & 3) === 0 ? '_' : '.') + l;
}

const username: GeneratorImpl = {
  name: 'username',
  version: 1,
  accepts: STRING_KINDS,
  create(options, ctx) {
    const limits = prepare('username', options, ctx);
    requireLength('username', ctx, limits, 4, 'for a username');
    requireMinLength('username', ctx, limits, 3);
    const names = asciiNames();
    const max = limits.maxLength;
    return (rng) => cut(handle(names, rng), max);
  },
  createUnique(options, ctx) {
    const limits = prepare('username', options, ctx);
    requireMinLength('username', ctx, limits, 4);
    const codeLength = indexCodeLength(ctx.count);
    requireLength('username', ctx, limits, codeLength + 1, `for ${ctx.count} unique usernames`);
    const names = asciiNames();
    const code = createIndexCode(ctx, 'username');
    const budget = limits.maxLength - codeLength;
    return (rng, index) => cut(uniqueStem(names, rng), budget) + code(index);
  },
};

// ---------------------------------------------------------------------------------------------- email

function emailDomains(options: Options): readonly string[] {
  const domain = stringOption('email', options, 'domain');
  if (domain === undefined) return localeData().exampleDomains;
  const bare = domain.startsWith('@') ? domain.slice(1) : domain;
  if (bare.length === 0 || bare.includes('@') || bare.includes(' ')) {
    throw new GeneratorOptionError(`${label('email')} option domain: ${show(domain)} is not a domain name`, "Pass a domain such as 'example.com'.");
  }
  return [bare];
}

const email: GeneratorImpl = {
  name: 'email',
  version: 1,
  accepts: STRING_KINDS,
  create(options, ctx) {
    const limits = prepare('email', options, ctx, ['domain']);
    requireMinLength('email', ctx, limits, 6);
    const domains = emailDomains(options).map((d) => '@' + d);
    const longest = domains.reduce((m, d) => Math.max(m, d.length), 0);
    requireLength('email', ctx, limits, longest + 2, 'for an address at ' + domains[0]!.slice(1));
    const names = asciiNames();
    const budget = limits.maxLength - longest;
    if (domains.length === 1) {
      const at = domains[0]!;
      return (rng) => cut(handle(names, rng), budget) + at;
    }
    return (rng) => cut(handle(names, rng), budget) + domains[below(rng.u32(), domains.length)];
  },
  createUnique(options, ctx) {
    const limits = prepare('email', options, ctx, ['domain']);
    requireMinLength('email', ctx, limits, 6);
    const domains = emailDomains(options).map((d) => '@' + d);
    const longest = domains.reduce((m, d) => Math.max(m, d.length), 0);
    const codeLength = indexCodeLength(ctx.count);
    requireLength('email', ctx, limits, longest + codeLength + 1, `for ${ctx.count} unique addresses`);
    const names = asciiNames();
    const code = createIndexCode(ctx, 'email');
    const budget = limits.maxLength - longest - codeLength;
    // Distinct local parts make distinct addresses whatever the domain.
    return (rng, index) => cut(uniqueStem(names, rng), budget) + code(index) + domains[below(rng.u32(), domains.length)];
  },
};

// ---------------------------------------------------------------------------------------------- slug and url words

interface WordPair {
  adjectives: readonly string[];
  nouns: readonly string[];
}

/** Adjectives and nouns no longer than `each` characters (all of them when unlimited). */
function wordPair(each: number): WordPair {
  const { adjectives, nouns } = localeData();
  if (each >= 16) return { adjectives, nouns };
  return { adjectives: adjectives.filter((w) => w.length <= each), nouns: nouns.filter((w) => w.length <= each) };
}

function slugWords(pair: WordPair, rng: Rng, count: number): string {
  let out = '';
  for (let k = 1; k < count; k++) out += pair.adjectives[below(rng.u32(), pair.adjectives.length)] + '-';
  return out + pair.nouns[below(rng.u32(), pair.nouns.length)];
}

function slugCount(options: Options): number {
  return intOption('slug', options, 'words', 1) ?? 3;
}

const slug: GeneratorImpl = {
  name: 'slug',
  version: 1,
  accepts: STRING_KINDS,
  create(options, ctx) {
    const limits = prepare('slug', options, ctx, ['words']);
    const count = slugCount(options);
    requireLength('slug', ctx, limits, 3, 'for a slug');
    requireMinLength('slug', ctx, limits, 3);
    const pair = wordPair(16);
    const max = limits.maxLength;
    return (rng) => cut(slugWords(pair, rng, count), max);
  },
  createUnique(options, ctx) {
    const limits = prepare('slug', options, ctx, ['words']);
    const count = slugCount(options);
    requireMinLength('slug', ctx, limits, 5);
    const codeLength = indexCodeLength(ctx.count);
    requireLength('slug', ctx, limits, codeLength + 2, `for ${ctx.count} unique slugs`);
    const pair = wordPair(16);
    const code = createIndexCode(ctx, 'slug');
    const budget = limits.maxLength - codeLength - 1;
    return (rng, index) => cut(slugWords(pair, rng, count), budget) + '-' + code(index);
  },
};

/** `https://` + adjective-noun + `.` + suffix: the words are filtered so the longest host fits `room`. */
function urlHosts(name: string, ctx: GeneratorContext, limits: TextLimits, room: number): WordPair & { suffixes: readonly string[] } {
  const suffixes = localeData().domainSuffixes;
  const longestSuffix = suffixes.reduce((m, s) => Math.max(m, s.length), 0);
  const fixed = 'https://'.length + 1 + 1 + longestSuffix;
  const each = Math.floor((room - fixed) / 2);
  const pair = wordPair(each);
  if (each < 4 || pair.adjectives.length === 0 || pair.nouns.length === 0) {
    // Room for two four-letter words, plus what the caller reserved (an index code).
    requireLength(name, ctx, { ...limits, maxLength: room }, fixed + 8, 'for a URL');
  }
  return { ...pair, suffixes };
}

function host(h: ReturnType<typeof urlHosts>, rng: Rng): string {
  return (
    'https://' +
    h.adjectives[below(rng.u32(), h.adjectives.length)] +
    '-' +
    h.nouns[below(rng.u32(), h.nouns.length)] +
    '.' +
    h.suffixes[below(rng.u32(), h.suffixes.length)]
  );
}

const url: GeneratorImpl = {
  name: 'url',
  version: 1,
  accepts: STRING_KINDS,
  create(options, ctx) {
    const limits = prepare('url', options, ctx);
    requireMinLength('url', ctx, limits, 16);
    const hosts = urlHosts('url', ctx, limits, limits.maxLength);
    const nouns = hosts.nouns;
    const max = limits.maxLength;
    return (rng) => {
      const base = host(hosts, rng);
      // Two in five with a path, when it fits.
      if (rng.u32() % 5 >= 2) return base;
      const withPath = base + '/' + nouns[below(rng.u32(), nouns.length)];
      return withPath.length <= max ? withPath : base;
    };
  },
  createUnique(options, ctx) {
    const limits = prepare('url', options, ctx);
    requireMinLength('url', ctx, limits, 16);
    const codeLength = indexCodeLength(ctx.count);
    const hosts = urlHosts('url', ctx, limits, limits.maxLength - codeLength - 1);
    const code = createIndexCode(ctx, 'url');
    return (rng, index) => host(hosts, rng) + '/' + code(index);
  },
};

// ---------------------------------------------------------------------------------------------- images

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

function imageSize(options: Options): { width: number; height: number } {
  const width = intOption('imageUrl', options, 'width', 1) ?? 640;
  const height = intOption('imageUrl', options, 'height', 1) ?? 480;
  return { width, height };
}

const imageUrl: GeneratorImpl = {
  name: 'imageUrl',
  version: 1,
  accepts: STRING_KINDS,
  create(options, ctx) {
    const limits = prepare('imageUrl', options, ctx, ['width', 'height']);
    const { width, height } = imageSize(options);
    const tail = `/${width}/${height}`;
    const head = 'https://picsum.photos/seed/';
    requireLength('imageUrl', ctx, limits, head.length + 8 + tail.length, 'for an image URL');
    requireMinLength('imageUrl', ctx, limits, head.length + 8 + tail.length);
    return (rng) => {
      let seed = '';
      for (let k = 0; k < 8; k++) seed += BASE36[below(rng.u32(), 36)];
      return head + seed + tail;
    };
  },
  createUnique(options, ctx) {
    const limits = prepare('imageUrl', options, ctx, ['width', 'height']);
    const { width, height } = imageSize(options);
    const tail = `/${width}/${height}`;
    const head = 'https://picsum.photos/seed/';
    requireLength('imageUrl', ctx, limits, head.length + indexCodeLength(ctx.count) + tail.length, 'for unique image URLs');
    const code = createIndexCode(ctx, 'imageUrl');
    return (_rng, index) => head + code(index) + tail;
  },
};

const PORTRAIT = 'https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/';
const PORTRAITS = 100;

function avatarOf(v: number): string {
  const n = v % PORTRAITS;
  return PORTRAIT + (v < PORTRAITS ? 'female' : 'male') + '/512/' + n + '.jpg';
}

function prepareAvatar(options: Options, ctx: GeneratorContext): void {
  const limits = prepare('avatar', options, ctx);
  // Longest: a female portrait with a two-digit number; shortest: a male one with a one-digit number.
  requireLength('avatar', ctx, limits, avatarOf(PORTRAITS - 1).length, 'for an avatar URL');
  requireMinLength('avatar', ctx, limits, avatarOf(PORTRAITS).length);
}

/** Portraits from faker's asset set (100 female, 100 male). */
const avatar: GeneratorImpl = {
  name: 'avatar',
  version: 1,
  accepts: STRING_KINDS,
  create(options, ctx) {
    prepareAvatar(options, ctx);
    return (rng) => avatarOf(below(rng.u32(), PORTRAITS * 2));
  },
  createUnique(options, ctx) {
    prepareAvatar(options, ctx);
    const perm = uniqueIndex('avatar', ctx, PORTRAITS * 2, 'Use g.imageUrl() for unique image URLs, or lower the row count.');
    return (_rng, index) => avatarOf(perm(index));
  },
};

export const internetGenerators: readonly GeneratorImpl[] = [uuid, username, email, url, imageUrl, avatar, slug];
