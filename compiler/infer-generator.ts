import type { Generator } from '../dsl/generator.ts';
import { g, type DeriveContext } from '../dsl/generators.ts';
import { getGenerator } from './generators/registry.ts';
import type { ColumnKind, ColumnModel, TableModel } from './model.ts';

/**
 * Zero-config generators: a descriptor for a column the user did not define, chosen from the column's name
 * (case-insensitive, snake or camel case) and then its SQL type. Name rules only apply when the type fits
 * (an integer column called `email` is not an email). Primary keys, foreign keys and serials never get here.
 *
 * @example inferGenerator(usersEmailColumn, usersTable) // g.email()
 */
export function inferGenerator(column: ColumnModel, table: TableModel): Generator<unknown> | undefined {
  if (column.arrayDimensions > 0) return inferArray(column, table);
  const chosen = inferScalar(column, table, false);
  if (chosen === undefined || !isUniqueColumn(column, table)) return chosen;
  return supportsUnique(chosen) ? chosen : uniqueFallback(column);
}

const STRING: readonly ColumnKind[] = ['text', 'varchar', 'char'];
const INTEGER: readonly ColumnKind[] = ['smallint', 'integer', 'bigint'];
const FRACTION: readonly ColumnKind[] = ['numeric', 'real', 'double'];

/** The words of a column name: `createdAt`, `created_at` and `CreatedAt` all give ['created', 'at']. */
export function nameTokens(name: string): string[] {
  const tokens: string[] = [];
  let current = '';
  for (let i = 0; i < name.length; i++) {
    const ch = name[i]!;
    const lower = ch.toLowerCase();
    const isUpper = ch !== lower;
    const isAlnum = (lower >= 'a' && lower <= 'z') || (ch >= '0' && ch <= '9');
    if (!isAlnum) {
      if (current) tokens.push(current);
      current = '';
      continue;
    }
    const next = name[i + 1];
    const prev = name[i - 1];
    // A new word starts at an upper-case letter after a lower-case one (userId) or before one in a run (APIKey).
    const startsWord =
      isUpper && current !== '' && prev !== undefined && (prev !== prev.toUpperCase() || (next !== undefined && next !== next.toUpperCase()));
    if (startsWord) {
      tokens.push(current);
      current = '';
    }
    current += lower;
  }
  if (current) tokens.push(current);
  return tokens;
}

interface Name {
  tokens: string[];
  /** Tokens joined without separators: `first_name` -> `firstname`. */
  joined: string;
  last: string;
  has(...words: string[]): boolean;
  is(...joined: string[]): boolean;
  endsWith(...suffixes: string[]): boolean;
}

function nameOf(column: ColumnModel): Name {
  let tokens = nameTokens(column.name);
  if (tokens.length === 0) tokens = nameTokens(column.key);
  const joined = tokens.join('');
  return {
    tokens,
    joined,
    last: tokens[tokens.length - 1] ?? '',
    has: (...words) => words.some((w) => tokens.includes(w)),
    is: (...names) => names.includes(joined),
    endsWith: (...suffixes) => suffixes.some((s) => joined.endsWith(s)),
  };
}

// ---------------------------------------------------------------------------------------------- scalar columns

function inferScalar(column: ColumnModel, table: TableModel, element: boolean): Generator<unknown> | undefined {
  const kind = column.kind;
  if (kind === 'enum') return column.enumValues && column.enumValues.length > 0 ? g.oneOf(column.enumValues) : undefined;
  const listed = checkedValues(column, table);
  if (listed !== undefined && (STRING.includes(kind) || INTEGER.includes(kind) || FRACTION.includes(kind))) return g.oneOf(listed);
  const name = nameOf(column);
  if (STRING.includes(kind)) return byNameText(name, column, table) ?? defaultText(column, table, element);
  if (INTEGER.includes(kind)) return byNameInteger(name, column, table) ?? g.int();
  if (FRACTION.includes(kind)) return byNameFraction(name, column, table) ?? (kind === 'numeric' ? g.decimal() : g.float({ decimals: 2 }));
  switch (kind) {
    case 'boolean':
      return inferBoolean(name);
    case 'uuid':
      return g.uuid();
    case 'date':
    case 'timestamp':
    case 'timestamptz':
      return inferTemporal(name, kind);
    case 'time':
      return g.derive(randomTime);
    case 'interval':
      return g.derive(randomInterval);
    case 'inet':
      return g.derive(randomIpv4);
    case 'json':
    case 'jsonb':
      return inferJson(name);
    default:
      return undefined;
  }
}

/** Rules for text columns; each needs the column to hold `min` characters. */
function byNameText(n: Name, column: ColumnModel, table: TableModel): Generator<unknown> | undefined {
  const room = column.length ?? Infinity;
  const fits = (min: number) => room >= min;
  if (n.endsWith('uuid', 'guid') && fits(36)) return g.uuid();
  if ((n.has('email', 'mail') || n.endsWith('email')) && fits(12)) return g.email();
  if (n.has('password', 'passwd', 'pwd') || n.endsWith('password', 'passwordhash', 'passworddigest')) {
    return fits(60) ? g.derive(bcryptLike) : g.string({ length: Math.min(room, 32) });
  }
  if (n.endsWith('apikey', 'accesskey', 'secretkey', 'privatekey') || n.has('token', 'secret', 'nonce', 'salt')) {
    return g.string({ length: Math.min(room, 40), alphabet: BASE62 });
  }
  if (n.has('hash', 'checksum', 'digest', 'fingerprint', 'sha', 'sha256', 'md5', 'etag')) {
    return g.string({ length: Math.min(room, n.has('md5') ? 32 : 64), alphabet: HEX });
  }
  if (n.is('username', 'login', 'handle', 'nickname', 'nick', 'screenname', 'userhandle', 'gamertag') || n.endsWith('username')) return g.username();
  if (n.is('firstname', 'givenname', 'fname', 'forename', 'middlename') || n.endsWith('firstname')) return g.firstName();
  if (n.is('lastname', 'surname', 'familyname', 'lname') || n.endsWith('lastname', 'surname')) return g.lastName();
  if (n.endsWith('fullname') || n.is('displayname', 'realname') || (n.last === 'name' && n.has(...PERSON_WORDS))) return g.fullName();
  if (n.is('company', 'companyname', 'organization', 'organisation', 'orgname', 'employer', 'business', 'businessname', 'vendor', 'supplier', 'manufacturer')) {
    return g.company();
  }
  if (n.is('jobtitle', 'job', 'occupation', 'profession', 'jobposition', 'designation')) return g.jobTitle();
  if (n.is('name')) return nameForTable(table);
  if ((n.has('phone', 'mobile', 'telephone', 'tel', 'cell', 'fax', 'cellphone') || n.endsWith('phone')) && fits(12)) return g.phone();
  if (n.has('ip') || n.is('ipaddress', 'ipv4', 'remoteaddr', 'remoteaddress')) return fits(15) ? g.derive(randomIpv4) : undefined;
  if (n.has('street') || n.is('address', 'address1', 'addressline', 'addressline1', 'streetaddress', 'line1', 'billingaddress', 'shippingaddress', 'homeaddress')) {
    return g.street();
  }
  if (n.has('city', 'town')) return g.city();
  if (n.has('zip', 'zipcode', 'postal', 'postcode', 'postalcode') || n.endsWith('zipcode', 'postcode', 'postalcode')) return fits(5) ? g.zip() : undefined;
  if (n.endsWith('countrycode')) return g.country({ code: true });
  if (n.has('country', 'nation')) return g.country();
  if (n.has('province', 'region') || (n.has('state') && (hasAddressColumns(table) || room <= 3))) return g.state();
  if (n.has('avatar', 'photo', 'picture', 'pic', 'headshot', 'portrait', 'selfie') && fits(85)) return g.avatar();
  if (n.has('image', 'img', 'thumbnail', 'thumb', 'cover', 'banner', 'logo', 'icon', 'poster', 'screenshot') && fits(50)) return g.imageUrl();
  if ((n.has('url', 'uri', 'link', 'website', 'homepage', 'href', 'site') || n.endsWith('url')) && fits(40)) return g.url();
  if (n.has('slug', 'permalink')) return g.slug();
  if (n.has('title', 'subject', 'headline', 'heading', 'caption')) return g.sentence({ min: 2, max: 6 });
  if (n.has('label', 'tag', 'category', 'keyword', 'topic', 'genre')) return g.words({ min: 1, max: 2 });
  if (n.has('description', 'bio', 'about', 'summary', 'excerpt', 'abstract', 'overview', 'biography')) return g.paragraph();
  if (n.has('body', 'content', 'text', 'article', 'markdown', 'html', 'story', 'transcript')) return g.paragraphs();
  if (n.has('note', 'notes', 'comment', 'comments', 'message', 'remark', 'remarks', 'feedback', 'review', 'reason', 'memo')) return g.sentence();
  const pick = (values: readonly string[]) => {
    const fitting = values.filter((v) => v.length <= room);
    return fitting.length > 0 ? g.oneOf(fitting) : undefined;
  };
  if (n.has('color', 'colour')) return pick(COLORS);
  if (n.has('currency')) return pick(CURRENCIES);
  if (n.has('locale')) return pick(LOCALES);
  if (n.has('language', 'lang')) return pick(LANGUAGES);
  if (n.has('timezone', 'tz') || n.endsWith('timezone')) return pick(TIME_ZONES);
  if (n.has('status', 'state')) return pick(STATUSES);
  if (n.has('sku') && fits(10)) return g.pattern('SKU-######');
  if (n.last === 'code' && fits(8)) return g.pattern('********');
  if ((n.last === 'number' || n.last === 'no' || n.last === 'reference' || n.last === 'ref') && fits(12)) return g.pattern('??-#########');
  return undefined;
}

/** Words that make `<word>_name` a person's name. */
const PERSON_WORDS = ['author', 'owner', 'customer', 'contact', 'user', 'employee', 'member', 'manager', 'recipient', 'sender', 'person', 'full', 'display', 'real', 'account', 'billing', 'shipping', 'client', 'patient', 'student', 'teacher', 'driver'];

const PERSON_TABLES = ['user', 'users', 'customer', 'customers', 'person', 'people', 'persons', 'author', 'authors', 'employee', 'employees', 'member', 'members', 'contact', 'contacts', 'profile', 'profiles', 'account', 'accounts', 'student', 'students', 'teacher', 'teachers', 'patient', 'patients', 'client', 'clients', 'driver', 'drivers', 'staff', 'admins', 'admin'];
const COMPANY_TABLES = ['company', 'companies', 'organization', 'organizations', 'organisation', 'organisations', 'org', 'orgs', 'vendor', 'vendors', 'supplier', 'suppliers', 'tenant', 'tenants', 'business', 'businesses', 'brand', 'brands', 'manufacturer', 'manufacturers'];

/** A bare `name` column: a person's name in people tables, a company name in company tables, a few words elsewhere. */
function nameForTable(table: TableModel): Generator<unknown> {
  const words = nameTokens(table.name);
  const noun = words[words.length - 1] ?? '';
  if (PERSON_TABLES.includes(noun)) return g.fullName();
  if (COMPANY_TABLES.includes(noun)) return g.company();
  if (noun === 'city' || noun === 'cities') return g.city();
  if (noun === 'country' || noun === 'countries') return g.country();
  return g.words({ min: 1, max: 3 });
}

function hasAddressColumns(table: TableModel): boolean {
  return table.columns.some((c) => nameOf(c).has('city', 'zip', 'zipcode', 'postcode', 'street', 'address', 'country'));
}

function defaultText(column: ColumnModel, table: TableModel, element: boolean): Generator<unknown> {
  if (column.kind === 'char' && column.length !== undefined) return g.string({ length: column.length, alphabet: UPPER_ALNUM });
  if (isUniqueColumn(column, table) && !element) return g.string({ length: Math.min(column.length ?? 12, 12) });
  if (element) return g.word();
  if (column.length !== undefined && column.length < 8) return g.string({ min: 1, max: column.length });
  return column.length !== undefined && column.length <= 255 ? g.words({ min: 1, max: 3 }) : g.sentence();
}

// ---------------------------------------------------------------------------------------------- numbers

/** `g.int({ min, max })` when the range fits the column type and no CHECK decides the range; otherwise `g.int()`. */
function intBetween(column: ColumnModel, table: TableModel, min: number, max: number): Generator<unknown> {
  if (mentionedInCheck(column, table)) return g.int();
  const [lo, hi] = typeRange(column);
  const a = Math.max(min, lo);
  const b = Math.min(max, hi);
  return a <= b ? g.int({ min: a, max: b }) : g.int();
}

function byNameInteger(n: Name, column: ColumnModel, table: TableModel): Generator<unknown> | undefined {
  if (n.has('age')) return intBetween(column, table, 18, 90);
  if (n.has('year') || n.endsWith('year')) return intBetween(column, table, 1970, 2025);
  if (n.has('quantity', 'qty')) return intBetween(column, table, 1, 20);
  if (n.has('stock', 'inventory')) return intBetween(column, table, 0, 500);
  if (n.has('rating', 'stars')) return intBetween(column, table, 1, 5);
  if (n.has('score', 'percent', 'percentage', 'pct', 'progress')) return intBetween(column, table, 0, 100);
  if (n.has('priority', 'level', 'tier')) return intBetween(column, table, 1, 5);
  if (n.has('count', 'views', 'likes', 'clicks', 'visits', 'downloads', 'followers', 'votes', 'shares')) return intBetween(column, table, 0, 10000);
  if (n.has('minutes', 'duration')) return intBetween(column, table, 1, 240);
  if (n.has(...MONEY_WORDS) || n.endsWith('cents')) return intBetween(column, table, 100, 100000);
  return undefined;
}

const MONEY_WORDS = ['price', 'amount', 'cost', 'total', 'subtotal', 'balance', 'fee', 'salary', 'revenue', 'tax', 'discount', 'budget', 'income', 'payment', 'wage', 'cents'];

function byNameFraction(n: Name, column: ColumnModel, table: TableModel): Generator<unknown> | undefined {
  const checked = mentionedInCheck(column, table);
  const [lo, hi] = typeRange(column);
  const fits = (min: number, max: number) => !checked && min >= lo && max <= hi;
  const float = (min: number, max: number, decimals: number) => (fits(min, max) ? g.float({ min, max, decimals }) : g.float({ decimals }));
  if (n.has('lat', 'latitude')) return float(-90, 90, 6);
  if (n.has('lng', 'lon', 'long', 'longitude')) return float(-180, 180, 6);
  if (n.has('rating', 'stars')) return float(1, 5, 1);
  if (n.has('percent', 'percentage', 'pct', 'rate', 'ratio')) return float(0, 100, 2);
  if (n.has('price', 'cost')) return g.price();
  if (n.has('salary', 'income', 'wage')) return fits(30000, 200000) ? g.amount({ min: 30000, max: 200000 }) : g.amount();
  if (n.has(...MONEY_WORDS)) return g.amount();
  return undefined;
}

/** What the column type holds, ignoring CHECKs: the integer ranges and numeric precision. */
function typeRange(column: ColumnModel): [number, number] {
  switch (column.kind) {
    case 'smallint':
      return [-32768, 32767];
    case 'integer':
      return [-2147483648, 2147483647];
    case 'bigint':
      return [-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
    case 'numeric': {
      if (column.precision === undefined) return [-Infinity, Infinity];
      const max = 10 ** (column.precision - (column.scale ?? 0)) - 10 ** -(column.scale ?? 0);
      return [-max, max];
    }
    default:
      return [-Infinity, Infinity];
  }
}

// ---------------------------------------------------------------------------------------------- other kinds

function inferBoolean(n: Name): Generator<unknown> {
  if (n.has('active', 'enabled', 'verified', 'published', 'visible', 'available', 'confirmed', 'approved', 'subscribed')) return g.boolean({ probability: 0.8 });
  if (n.has('deleted', 'archived', 'banned', 'blocked', 'disabled', 'locked', 'hidden', 'spam', 'suspended', 'flagged')) return g.boolean({ probability: 0.1 });
  return g.boolean();
}

function inferTemporal(n: Name, kind: 'date' | 'timestamp' | 'timestamptz'): Generator<unknown> {
  const make = kind === 'date' ? g.date : g.timestamp;
  if (n.has('birth', 'birthday', 'dob', 'birthdate', 'born')) return make({ pastDays: 365 * 80 });
  if (n.has('expires', 'expiry', 'expiration', 'due', 'deadline', 'until', 'scheduled', 'ends', 'end', 'renewal', 'next')) return make({ futureDays: 365 });
  return make({ pastDays: 365 });
}

function inferJson(n: Name): Generator<unknown> {
  if (n.has('address', 'location')) return g.address();
  if (n.has('tags', 'labels', 'keywords', 'categories', 'topics')) return g.array(g.word(), { min: 1, max: 4 });
  if (n.has('settings', 'preferences', 'prefs', 'config', 'configuration', 'options')) {
    return g.json({ theme: g.oneOf(['light', 'dark', 'system']), notifications: g.boolean(), language: g.oneOf(LANGUAGES) });
  }
  return g.json({ source: g.oneOf(['web', 'ios', 'android', 'api']), version: g.int({ min: 1, max: 10 }), flagged: g.boolean({ probability: 0.1 }) });
}

function inferArray(column: ColumnModel, table: TableModel): Generator<unknown> | undefined {
  // Array columns are named in the plural (`emails`, `tags`): name the element in the singular.
  const elementColumn = { ...column, name: singular(column.name), key: singular(column.key), arrayDimensions: 0 };
  let element = inferScalar(elementColumn, table, true);
  if (element === undefined) return undefined;
  if (element.type === 'words') element = g.word();
  // PostgreSQL arrays are rectangular: inner dimensions get a fixed length.
  let gen: Generator<unknown> = element;
  for (let d = 1; d < column.arrayDimensions; d++) gen = g.array(gen, { min: 2, max: 2 });
  return g.array(gen, { min: 1, max: 3 });
}

/** `emails` -> `email`, `cities` -> `city`, `addresses` -> `address`; good enough for column names. */
function singular(name: string): string {
  const lower = name.toLowerCase();
  if (lower.length <= 3) return name;
  if (lower.endsWith('ies')) return name.slice(0, -3) + 'y';
  if (['sses', 'uses', 'xes', 'ches', 'shes'].some((end) => lower.endsWith(end))) return name.slice(0, -2);
  if (lower.endsWith('s') && !lower.endsWith('ss')) return name.slice(0, -1);
  return name;
}

// ---------------------------------------------------------------------------------------------- unique columns

function isUniqueColumn(column: ColumnModel, table: TableModel): boolean {
  return table.uniques.some((u) => u.columns.length === 1 && u.columns[0] === column.name);
}

function supportsUnique(gen: Generator<unknown>): boolean {
  return getGenerator(gen.type)?.createUnique !== undefined;
}

/** A unique-capable stand-in when the inferred generator cannot promise distinct values. */
function uniqueFallback(column: ColumnModel): Generator<unknown> | undefined {
  if (STRING.includes(column.kind)) return column.length !== undefined && column.length < 20 ? g.string({ length: Math.min(column.length, 12) }) : g.sentence();
  return undefined;
}

// ---------------------------------------------------------------------------------------------- checks

/** True when a CHECK constraint names the column (its range then comes from the constraint, not a guess). */
function mentionedInCheck(column: ColumnModel, table: TableModel): boolean {
  const pattern = new RegExp(`(^|[^A-Za-z0-9_])"?${escapeRegExp(column.name)}"?($|[^A-Za-z0-9_])`, 'i');
  return table.checks.some((c) => pattern.test(c.sql));
}

/**
 * Values of a `col IN ('a', 'b')` or `col = ANY (ARRAY['a', 'b'])` check on the column, or undefined.
 * The planner turns the same checks into `constraints.allowed`; inferring oneOf here keeps zero-config columns valid.
 */
export function checkedValues(column: ColumnModel, table: TableModel): (string | number)[] | undefined {
  const name = `"?${escapeRegExp(column.name)}"?\\)?(?:::[a-z ]+)?`;
  const inList = new RegExp(`(?:^|[^A-Za-z0-9_"])${name}\\s+in\\s*\\(([^)]*)\\)`, 'i');
  const anyArray = new RegExp(`(?:^|[^A-Za-z0-9_"])${name}\\s*=\\s*any\\s*\\(\\s*\\(?\\s*array\\s*\\[([^\\]]*)\\]`, 'i');
  for (const check of table.checks) {
    if (/\bnot\s+in\b/i.test(check.sql)) continue;
    const match = inList.exec(check.sql) ?? anyArray.exec(check.sql);
    if (!match) continue;
    const values = parseLiterals(match[1]!);
    if (values && values.length > 0) return values;
  }
  return undefined;
}

function parseLiterals(list: string): (string | number)[] | undefined {
  const out: (string | number)[] = [];
  for (const raw of list.split(/,(?=(?:[^']*'[^']*')*[^']*$)/)) {
    const item = raw.trim().replace(/::[a-z ]+(\[\])?$/i, '').trim();
    if (item.startsWith("'") && item.endsWith("'") && item.length >= 2) out.push(item.slice(1, -1).replaceAll("''", "'"));
    else if (item !== '' && Number.isFinite(Number(item))) out.push(Number(item));
    else return undefined;
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------- value lists and derive functions

const HEX = '0123456789abcdef';
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const BCRYPT = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const STATUSES = ['active', 'inactive', 'pending'];
const COLORS = ['black', 'white', 'red', 'green', 'blue', 'yellow', 'orange', 'purple', 'pink', 'gray'];
const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'CAD', 'AUD', 'CHF'];
const LOCALES = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'ja-JP', 'pt-BR'];
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'ja', 'pt'];
const TIME_ZONES = ['UTC', 'America/New_York', 'America/Los_Angeles', 'Europe/London', 'Europe/Berlin', 'Asia/Tokyo', 'Australia/Sydney'];

/** A 60-character string shaped like a bcrypt hash (`$2b$10$` + 53 characters of bcrypt's alphabet). */
function bcryptLike(_row: unknown, context: DeriveContext): string {
  let out = '$2b$10$';
  for (let i = 0; i < 53; i++) out += BCRYPT[Math.floor(context.random() * 64)];
  return out;
}

function randomIpv4(_row: unknown, context: DeriveContext): string {
  const octet = () => Math.floor(context.random() * 256);
  return `${1 + Math.floor(context.random() * 223)}.${octet()}.${octet()}.${1 + Math.floor(context.random() * 254)}`;
}

function randomTime(_row: unknown, context: DeriveContext): string {
  const seconds = Math.floor(context.random() * 86400);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}

function randomInterval(_row: unknown, context: DeriveContext): string {
  const minutes = 1 + Math.floor(context.random() * 60 * 24 * 7);
  return `${Math.floor(minutes / 60)} hours ${minutes % 60} minutes`;
}
