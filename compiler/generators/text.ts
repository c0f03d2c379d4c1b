import { localeData } from '../locale-data.ts';
import type { Rng } from '../random.ts';
import { rejectAllowed, requireLength, textLimits, truncate, type TextLimits } from './limits.ts';
import { checkOptionNames, countRange, intOption, label, show, STRING_KINDS, stringOption } from './options.ts';
import { embeddedSlots, parseTemplate, PATTERN_SYMBOLS, renderTemplate, renderTemplateWith, templateDomain } from './template.ts';
import { GeneratorOptionError, type GeneratorContext, type GeneratorImpl, type ValueFn } from './types.ts';
import { below, MAX_DOMAIN, requireDomain, uniqueIndex } from './unique.ts';

/** Text: string, pattern, and lorem-ipsum words, sentences and paragraphs (faker's English lorem list). */

type Options = Readonly<Record<string, unknown>>;

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

// ---------------------------------------------------------------------------------------------- string

interface StringSpec {
  chars: string[];
  min: number;
  max: number;
}

function stringSpec(options: Options, ctx: GeneratorContext): StringSpec {
  checkOptionNames('string', options, ['length', 'min', 'max', 'alphabet']);
  rejectAllowed('string', ctx);
  const limits = textLimits(ctx);
  const alphabet = stringOption('string', options, 'alphabet') ?? ALPHANUMERIC;
  const chars = [...new Set(Array.from(alphabet))];
  if (chars.length === 0) {
    throw new GeneratorOptionError(`${label('string')} option alphabet is empty`, 'Pass at least one character as alphabet.');
  }
  const length = intOption('string', options, 'length', 0);
  const userMin = intOption('string', options, 'min', 0);
  const userMax = intOption('string', options, 'max', 0);
  if (length !== undefined && (userMin !== undefined || userMax !== undefined)) {
    throw new GeneratorOptionError(`${label('string')}: both length and min/max given`, 'Use length for a fixed length, or min/max for a range.');
  }
  const fallback = Math.min(Math.max(10, limits.minLength), limits.maxLength);
  const min = length ?? userMin ?? Math.min(fallback, userMax ?? fallback);
  const max = length ?? userMax ?? Math.max(fallback, min);
  if (min > max) throw new GeneratorOptionError(`${label('string')}: min (${min}) is greater than max (${max})`, 'Make min at most max.');
  checkLengthOption(ctx, limits, length !== undefined ? 'length' : 'max', max);
  if (min < limits.minLength) {
    throw new GeneratorOptionError(
      `${label('string')} option ${length !== undefined ? 'length' : 'min'}: ${min} is shorter than the ${limits.minLength} characters a CHECK constraint requires`,
      `Use ${limits.minLength} or more.`,
    );
  }
  return { chars, min, max };
}

function checkLengthOption(ctx: GeneratorContext, limits: TextLimits, key: string, value: number): void {
  if (value > limits.maxLength) {
    throw new GeneratorOptionError(
      `${label('string')} option ${key}: ${value} characters but column "${ctx.column.name}" holds at most ${limits.maxLength} (${limits.maxReason})`,
      `Use ${key} ${limits.maxLength} or less, or widen the column.`,
    );
  }
}

function randomChars(rng: Rng, chars: readonly string[], n: number): string {
  let out = '';
  for (let k = 0; k < n; k++) out += chars[below(rng.u32(), chars.length)];
  return out;
}

const string: GeneratorImpl = {
  name: 'string',
  version: 1,
  accepts: STRING_KINDS,
  create(options, ctx) {
    const { chars, min, max } = stringSpec(options, ctx);
    if (min === max) return (rng) => randomChars(rng, chars, min);
    const spread = max - min + 1;
    return (rng) => randomChars(rng, chars, min + below(rng.u32(), spread));
  },
  createUnique(options, ctx) {
    const { chars, min, max } = stringSpec(options, ctx);
    // The last `embedded` characters spell a permuted index; every length keeps them, so rows never collide.
    const { from, domain } = embeddedSlots(new Array<number>(min).fill(chars.length));
    const embedded = min - from;
    const hint = min < max ? `Raise min (strings of ${min} characters give only ${domain} distinct values), or lower the row count.` : 'Use a longer length or a larger alphabet, or lower the row count.';
    const perm = uniqueIndex('string', ctx, domain, hint, `${label('string')} of length ${min} over ${chars.length} characters`);
    const radix = chars.length;
    const spread = max - min + 1;
    return (rng, index) => {
      const n = spread === 1 ? min : min + below(rng.u32(), spread);
      const head = randomChars(rng, chars, n - embedded);
      let v = perm(index);
      let tail = '';
      for (let k = 0; k < embedded; k++) {
        const digit = v % radix;
        v = (v - digit) / radix;
        tail = chars[digit] + tail;
      }
      return head + tail;
    };
  },
};

// ---------------------------------------------------------------------------------------------- pattern

function patternTemplate(options: Options, ctx: GeneratorContext) {
  checkOptionNames('pattern', options, ['pattern']);
  rejectAllowed('pattern', ctx);
  const source = stringOption('pattern', options, 'pattern');
  if (source === undefined || source.length === 0) {
    throw new GeneratorOptionError(`${label('pattern')} needs a non-empty pattern, got ${show(source)}`, "Pass a pattern such as 'INV-####' (# digit, ? letter, * letter or digit).");
  }
  const template = parseTemplate(source, PATTERN_SYMBOLS);
  const limits = textLimits(ctx);
  requireLength('pattern', ctx, limits, template.length, `for ${show(source)}`);
  if (template.length < limits.minLength) {
    throw new GeneratorOptionError(
      `${label('pattern')} makes ${template.length}-character strings but a CHECK constraint requires at least ${limits.minLength}`,
      'Lengthen the pattern.',
    );
  }
  return template;
}

const pattern: GeneratorImpl = {
  name: 'pattern',
  version: 1,
  accepts: STRING_KINDS,
  create(options, ctx) {
    const template = patternTemplate(options, ctx);
    return (rng) => renderTemplate(template, rng);
  },
  createUnique(options, ctx) {
    const template = patternTemplate(options, ctx);
    const { from, domain } = embeddedSlots(template.alphabets.map((a) => a.length));
    requireDomain('pattern', ctx, templateDomain(template), 'Add more # ? * symbols to the pattern, or lower the row count.', `${label('pattern')} ${show(options.pattern)}`);
    const perm = uniqueIndex('pattern', ctx, domain, '');
    return (rng, index) => renderTemplateWith(template, rng, from, perm(index));
  },
};

// ---------------------------------------------------------------------------------------------- lorem

interface LoremWords {
  words: readonly string[];
  capitalized: readonly string[];
  /** `words` each after a space, parallel to it: text is joined by one concatenation per word instead of two. */
  spaced: readonly string[];
}

/** Lorem words that fit the column, their capitalised twins, and each after a space. */
function loremWords(name: string, ctx: GeneratorContext, limits: TextLimits): LoremWords {
  const data = localeData();
  let words = data.loremWords;
  let capitalized = data.loremWordsCapitalized;
  if (limits.maxLength < 14) {
    const keep = words.map((w) => w.length <= limits.maxLength);
    words = words.filter((_, i) => keep[i]);
    if (words.length === 0) requireLength(name, ctx, limits, 1, 'for a word');
    capitalized = capitalized.filter((_, i) => keep[i]);
  }
  return { words, capitalized, spaced: words.map((w) => ' ' + w) };
}

const word: GeneratorImpl = {
  name: 'word',
  version: 1,
  accepts: STRING_KINDS,
  create(options, ctx) {
    const list = wordList(options, ctx);
    return (rng) => list[below(rng.u32(), list.length)];
  },
  createUnique(options, ctx) {
    const list = wordList(options, ctx);
    const perm = uniqueIndex('word', ctx, list.length, 'Use g.words() or g.slug({ unique: true }) for more distinct values, or lower the row count.');
    return (_rng, index) => list[perm(index)];
  },
};

function wordList(options: Options, ctx: GeneratorContext): readonly string[] {
  checkOptionNames('word', options, []);
  rejectAllowed('word', ctx);
  const limits = textLimits(ctx);
  const list = loremWords('word', ctx, limits).words.filter((w) => w.length >= limits.minLength);
  if (list.length === 0) {
    throw new GeneratorOptionError(`${label('word')}: no word has the ${limits.minLength} characters a CHECK constraint requires`, 'Use g.words() or g.sentence().');
  }
  return list;
}

interface WordsSpec extends LoremWords {
  name: 'words' | 'sentence';
  min: number;
  max: number;
  limits: TextLimits;
}

function wordsSpec(name: 'words' | 'sentence', options: Options, ctx: GeneratorContext): WordsSpec {
  checkOptionNames(name, options, ['min', 'max']);
  rejectAllowed(name, ctx);
  const range = countRange(name, options, name === 'words' ? { min: 2, max: 4 } : { min: 3, max: 10 });
  const limits = textLimits(ctx);
  return { name, ...range, limits, ...loremWords(name, ctx, limits) };
}

/** Joins `count` words (the first `fixed.length` given), capitalising and ending it for sentences, then fits the length. */
function composeWords(spec: WordsSpec, rng: Rng, count: number, fixed: readonly number[] | undefined): string {
  const { words, capitalized, spaced, limits } = spec;
  const sentence = spec.name === 'sentence';
  const n = words.length;
  const reserve = sentence ? 1 : 0;
  let out = '';
  for (let k = 0; k < count || out.length + reserve < limits.minLength; k++) {
    const i = fixed !== undefined && k < fixed.length ? fixed[k]! : below(rng.u32(), n);
    out += k === 0 ? (sentence ? capitalized[i] : words[i]) : spaced[i];
  }
  if (out.length + reserve > limits.maxLength) out = truncate(out, limits.maxLength - reserve, limits.minLength);
  return sentence ? out + '.' : out;
}

function createWords(spec: WordsSpec): ValueFn {
  const spread = spec.max - spec.min + 1;
  return (rng) => composeWords(spec, rng, spec.min + below(rng.u32(), spread), undefined);
}

/** Unique words/sentences: the first words spell a permuted index in base (word count); truncation keeps them. */
function createUniqueWords(spec: WordsSpec, ctx: GeneratorContext): ValueFn {
  const { words, limits } = spec;
  const n = words.length;
  const longest = words.reduce((m, w) => Math.max(m, w.length), 0);
  let embedded = 0;
  let domain = 1;
  while (embedded < spec.min && domain * n <= MAX_DOMAIN && (embedded + 1) * (longest + 1) + 1 <= limits.maxLength) {
    embedded++;
    domain *= n;
  }
  const perm = uniqueIndex(spec.name, ctx, domain, `Raise min (each extra word multiplies the distinct values by ${n}), widen the column, or lower the row count.`, `${label(spec.name)} with ${embedded} leading words`);
  const fixed = new Array<number>(embedded).fill(0);
  const spread = spec.max - spec.min + 1;
  return (rng, index) => {
    let v = perm(index);
    for (let k = embedded - 1; k >= 0; k--) {
      const digit = v % n;
      v = (v - digit) / n;
      fixed[k] = digit;
    }
    return composeWords(spec, rng, spec.min + below(rng.u32(), spread), fixed);
  };
}

const words: GeneratorImpl = {
  name: 'words',
  version: 1,
  accepts: STRING_KINDS,
  create: (options, ctx) => createWords(wordsSpec('words', options, ctx)),
  createUnique: (options, ctx) => createUniqueWords(wordsSpec('words', options, ctx), ctx),
};

const sentence: GeneratorImpl = {
  name: 'sentence',
  version: 1,
  accepts: STRING_KINDS,
  create: (options, ctx) => createWords(wordsSpec('sentence', options, ctx)),
  createUnique: (options, ctx) => createUniqueWords(wordsSpec('sentence', options, ctx), ctx),
};

/** `spaced[i]` is ' ' + the i-th word (loremWords). */
function sentenceText(rng: Rng, spaced: readonly string[], capitalized: readonly string[]): string {
  const count = 4 + below(rng.u32(), 9);
  let out = capitalized[below(rng.u32(), capitalized.length)]!;
  for (let k = 1; k < count; k++) out += spaced[below(rng.u32(), spaced.length)];
  return out + '.';
}

function paragraphText(rng: Rng, sentences: number, spaced: readonly string[], capitalized: readonly string[]): string {
  let out = sentenceText(rng, spaced, capitalized);
  for (let k = 1; k < sentences; k++) out += ' ' + sentenceText(rng, spaced, capitalized);
  return out;
}

function createParagraphs(name: 'paragraph' | 'paragraphs', options: Options, ctx: GeneratorContext): ValueFn {
  checkOptionNames(name, options, ['min', 'max']);
  rejectAllowed(name, ctx);
  const single = name === 'paragraph';
  const range = countRange(name, options, single ? { min: 3, max: 6 } : { min: 2, max: 4 });
  const limits = textLimits(ctx);
  const { spaced, capitalized } = loremWords(name, ctx, limits);
  const spread = range.max - range.min + 1;
  return (rng) => {
    const count = range.min + below(rng.u32(), spread);
    let out = '';
    for (let k = 0; k < count || out.length < limits.minLength; k++) {
      const part = single ? sentenceText(rng, spaced, capitalized) : paragraphText(rng, 3 + below(rng.u32(), 4), spaced, capitalized);
      out += k === 0 ? part : (single ? ' ' : '\n\n') + part;
      if (out.length > limits.maxLength) break;
    }
    return out.length > limits.maxLength ? truncate(out, limits.maxLength, limits.minLength) : out;
  };
}

const paragraph: GeneratorImpl = {
  name: 'paragraph',
  version: 1,
  accepts: STRING_KINDS,
  create: (options, ctx) => createParagraphs('paragraph', options, ctx),
};

const paragraphs: GeneratorImpl = {
  name: 'paragraphs',
  version: 1,
  accepts: STRING_KINDS,
  create: (options, ctx) => createParagraphs('paragraphs', options, ctx),
};

export const textGenerators: readonly GeneratorImpl[] = [string, pattern, word, words, sentence, paragraph, paragraphs];
