import { localeData } from '../locale-data.ts';
import type { Rng } from '../random.ts';
import { fitList, rejectAllowed, requireLength, requireMinLength, textLimits, truncate, type TextLimits } from './limits.ts';
import { checkOptionNames, columnName, label, STRING_KINDS } from './options.ts';
import { embeddedSlots, parseTemplate, PHONE_SYMBOLS, renderTemplate, renderTemplateWith, type Template } from './template.ts';
import { pickFromList } from './pick-from-list.ts';
import { GeneratorOptionError, type GeneratorContext, type GeneratorImpl, type ValueFn } from './types.ts';
import { below, requireDomain, unionDomain, uniqueIndex, type Segment } from './unique.ts';

/** People and work: firstName, lastName, fullName, phone, company, jobTitle. */

type Options = Readonly<Record<string, unknown>>;

function prepare(name: string, options: Options, ctx: GeneratorContext): TextLimits {
  checkOptionNames(name, options, []);
  rejectAllowed(name, ctx);
  return textLimits(ctx);
}

/** A generator that picks from one list (filtered to the column's length); unique picks permute the list. */
function listGenerator(name: string, list: () => readonly string[], hint: string): GeneratorImpl {
  return pickFromList(name, (options, ctx) => fitList(name, ctx, list(), prepare(name, options, ctx)), hint);
}

const firstName = listGenerator('firstName', () => localeData().firstNames, 'Use g.fullName() (about 1.5 million distinct names) or g.username(), or lower the row count.');
const lastName = listGenerator('lastName', () => localeData().lastNames, 'Use g.fullName() (about 1.5 million distinct names) or g.username(), or lower the row count.');

// ---------------------------------------------------------------------------------------------- fullName

/**
 * First and last names whose "First Last" always fits maxLength (long names are left out, never cut). With a
 * minimum length, `strict` keeps only names whose every pair is long enough (unique values); otherwise names that
 * can reach it with some partner (create then pairs a short draw with the longest last name).
 */
function nameLists(ctx: GeneratorContext, limits: TextLimits, strict: boolean): { firsts: readonly string[]; lasts: readonly string[] } {
  const data = localeData();
  const longest = (list: readonly string[]) => list.reduce((m, s) => Math.max(m, s.length), 0);
  const shortest = (list: readonly string[]) => list.reduce((m, s) => Math.min(m, s.length), Infinity);
  let firsts = data.firstNames;
  let lasts = data.lastNames;
  const maxFirst = longest(firsts);
  const maxLast = longest(lasts);
  if (maxFirst + 1 + maxLast > limits.maxLength) {
    const budget = limits.maxLength - 1;
    const lastBudget = Math.max(budget - maxFirst, Math.min(maxLast, Math.floor(budget / 2)));
    const firstBudget = budget - lastBudget;
    firsts = firsts.filter((s) => s.length <= firstBudget);
    lasts = lasts.filter((s) => s.length <= lastBudget);
    if (firsts.length === 0 || lasts.length === 0) requireLength('fullName', ctx, limits, 7, 'for a first and last name');
  }
  const min = limits.minLength - 1;
  if (min > 0 && shortest(firsts) + shortest(lasts) < min) {
    const [f, l] = strict ? [shortest(firsts), shortest(lasts)] : [longest(firsts), longest(lasts)];
    const keptLasts = lasts.filter((s) => f + s.length >= min);
    firsts = firsts.filter((s) => s.length + (strict ? shortest(keptLasts) : l) >= min);
    lasts = keptLasts;
    if (firsts.length === 0 || lasts.length === 0) {
      throw new GeneratorOptionError(
        `${label('fullName')} cannot make${strict ? ' unique' : ''} names of ${limits.minLength} characters or more for ${columnName(ctx.column)}`,
        'Use g.string() or g.sentence(), or relax the length constraint.',
      );
    }
  }
  return { firsts, lasts };
}

const fullName: GeneratorImpl = {
  name: 'fullName',
  version: 1,
  accepts: STRING_KINDS,
  create(options, ctx) {
    const limits = prepare('fullName', options, ctx);
    const { firsts, lasts } = nameLists(ctx, limits, false);
    const minLength = limits.minLength;
    const longestLast = lasts.reduce((m, s) => (s.length > m.length ? s : m), '');
    return (rng) => {
      const first = firsts[below(rng.u32(), firsts.length)]!;
      let last = lasts[below(rng.u32(), lasts.length)]!;
      // Only with a length CHECK: take the longest last name instead of drawing again.
      if (first.length + 1 + last.length < minLength) last = longestLast;
      return first + ' ' + last;
    };
  },
  createUnique(options, ctx) {
    const limits = prepare('fullName', options, ctx);
    const { firsts, lasts } = nameLists(ctx, limits, true);
    const perm = uniqueIndex('fullName', ctx, firsts.length * lasts.length, 'Use g.username() or g.email() for larger unique sets, or lower the row count.');
    const n = lasts.length;
    return (_rng, index) => {
      const v = perm(index);
      const l = v % n;
      return firsts[(v - l) / n] + ' ' + lasts[l];
    };
  },
};

// ---------------------------------------------------------------------------------------------- phone

function phoneTemplates(name: string, options: Options, ctx: GeneratorContext): Template[] {
  const limits = prepare(name, options, ctx);
  const templates = localeData()
    .phoneFormats.map((f) => parseTemplate(f, PHONE_SYMBOLS))
    .filter((t) => t.length <= limits.maxLength && t.length >= limits.minLength);
  if (templates.length === 0) requireLength(name, ctx, limits, 12, 'for a phone number such as 555-123-4567');
  return templates;
}

const phone: GeneratorImpl = {
  name: 'phone',
  version: 1,
  accepts: STRING_KINDS,
  create(options, ctx) {
    const templates = phoneTemplates('phone', options, ctx);
    return (rng) => renderTemplate(templates[below(rng.u32(), templates.length)]!, rng);
  },
  createUnique(options, ctx) {
    // Formats with the same digit slots: the digits are distinct per row, the punctuation varies freely.
    const all = phoneTemplates('phone', options, ctx);
    const signature = (t: Template) => t.alphabets.join('|');
    const templates = all.filter((t) => signature(t) === signature(all[0]!));
    const { from, domain } = embeddedSlots(templates[0]!.alphabets.map((a) => a.length));
    requireDomain('phone', ctx, domain, 'Lower the row count.');
    const perm = uniqueIndex('phone', ctx, domain, '');
    return (rng, index) => renderTemplateWith(templates[below(rng.u32(), templates.length)]!, rng, from, perm(index));
  },
};

// ---------------------------------------------------------------------------------------------- company

/** Company names in faker's three shapes: "Last - Last", "Last Inc", "Last, Last and Last". */
function companySegments(): { segment: Segment<string>; longest: number }[] {
  const { lastNames: lasts, companySuffixes: suffixes } = localeData();
  const n = lasts.length;
  const longestLast = lasts.reduce((m, s) => Math.max(m, s.length), 0);
  const longestSuffix = suffixes.reduce((m, s) => Math.max(m, s.length), 0);
  return [
    {
      segment: { size: n * suffixes.length, render: (v) => lasts[Math.floor(v / suffixes.length)] + ' ' + suffixes[v % suffixes.length] },
      longest: longestLast + 1 + longestSuffix,
    },
    {
      segment: { size: n * n, render: (v) => lasts[Math.floor(v / n)] + ' - ' + lasts[v % n] },
      longest: 2 * longestLast + 3,
    },
    {
      segment: {
        size: n * n * n,
        render: (v) => lasts[Math.floor(v / (n * n))] + ', ' + lasts[Math.floor(v / n) % n] + ' and ' + lasts[v % n],
      },
      longest: 3 * longestLast + 7,
    },
  ];
}

const company: GeneratorImpl = {
  name: 'company',
  version: 1,
  accepts: STRING_KINDS,
  create(options, ctx) {
    const limits = prepare('company', options, ctx);
    requireMinLength('company', ctx, limits, 6);
    const segments = companySegments().map((s) => s.segment);
    return (rng) => {
      const segment = segments[below(rng.u32(), segments.length)]!;
      const name = segment.render(Math.floor(rng.float() * segment.size));
      return name.length > limits.maxLength ? truncate(name, limits.maxLength) : name;
    };
  },
  createUnique(options, ctx) {
    const limits = prepare('company', options, ctx);
    requireMinLength('company', ctx, limits, 6);
    // Unique names are never cut (cutting could merge two), so only shapes that always fit take part.
    const fitting = companySegments().filter((s) => s.longest <= limits.maxLength);
    if (fitting.length === 0) requireLength('company', ctx, limits, companySegments()[0]!.longest, 'for unique company names');
    const union = unionDomain(fitting.map((s) => s.segment));
    const perm = uniqueIndex('company', ctx, union.size, 'Lower the row count.');
    return (_rng, index) => union.render(perm(index));
  },
};

// ---------------------------------------------------------------------------------------------- jobTitle

function jobParts(): { descriptors: readonly string[]; areas: readonly string[]; types: readonly string[]; longest: number } {
  const { jobDescriptors: descriptors, jobAreas: areas, jobTypes: types } = localeData();
  const longest = (list: readonly string[]) => list.reduce((m, s) => Math.max(m, s.length), 0);
  return { descriptors, areas, types, longest: longest(descriptors) + longest(areas) + longest(types) + 2 };
}

function jobTitleOf(parts: ReturnType<typeof jobParts>, v: number): string {
  const { descriptors, areas, types } = parts;
  const t = v % types.length;
  const rest = (v - t) / types.length;
  const a = rest % areas.length;
  return descriptors[(rest - a) / areas.length] + ' ' + areas[a] + ' ' + types[t];
}

const jobTitle: GeneratorImpl = {
  name: 'jobTitle',
  version: 1,
  accepts: STRING_KINDS,
  create(options, ctx) {
    const limits = prepare('jobTitle', options, ctx);
    requireMinLength('jobTitle', ctx, limits, 12);
    const parts = jobParts();
    const size = parts.descriptors.length * parts.areas.length * parts.types.length;
    return (rng: Rng) => {
      const title = jobTitleOf(parts, Math.floor(rng.float() * size));
      return title.length > limits.maxLength ? truncate(title, limits.maxLength) : title;
    };
  },
  createUnique(options, ctx): ValueFn {
    const limits = prepare('jobTitle', options, ctx);
    requireMinLength('jobTitle', ctx, limits, 12);
    const parts = jobParts();
    requireLength('jobTitle', ctx, limits, parts.longest, 'for unique job titles');
    const size = parts.descriptors.length * parts.areas.length * parts.types.length;
    const perm = uniqueIndex('jobTitle', ctx, size, 'Lower the row count, or drop unique.');
    return (_rng, index) => jobTitleOf(parts, perm(index));
  },
};

export const personGenerators: readonly GeneratorImpl[] = [firstName, lastName, fullName, phone, company, jobTitle];
