/**
 * Reads simple CHECK constraints: comparisons, BETWEEN, IN, IS [NOT] NULL, LIKE, regular expressions, length(),
 * trim/lower/upper, AND/OR/NOT. Gives per-column limits the generators honour; evaluate-check.ts verifies rows.
 */
import type { ValueConstraints } from './generators/types.ts';

export type Operand =
  | { kind: 'column'; name: string }
  | { kind: 'literal'; value: number | string | boolean | null }
  | { kind: 'length'; name: string; of?: Operand }
  | { kind: 'call'; fn: 'trim' | 'lower' | 'upper'; arg: Operand };

export type CheckNode =
  | { kind: 'and' | 'or'; left: CheckNode; right: CheckNode }
  | { kind: 'not'; inner: CheckNode }
  | { kind: 'compare'; op: '=' | '<>' | '<' | '<=' | '>' | '>='; left: Operand; right: Operand }
  | { kind: 'between'; operand: Operand; low: Operand; high: Operand; negated: boolean }
  | { kind: 'in'; operand: Operand; values: Operand[]; negated: boolean }
  | { kind: 'isNull'; operand: Operand; negated: boolean }
  | { kind: 'match'; operand: Operand; pattern: RegExp; negated: boolean; like?: string };

export interface ParsedCheck {
  name: string;
  sql: string;
  node: CheckNode;
  columns: string[];
}

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|('(?:[^']|'')*')|("(?:[^"]|"")+")|([A-Za-z_][A-Za-z0-9_]*)|(::|<>|!=|<=|>=|!~\*|!~|~\*|~|[=<>(),+-]))/y;

function tokenize(sql: string): string[] | undefined {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < sql.length) {
    if (/^\s*$/.test(sql.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(sql);
    if (!m) return undefined;
    tokens.push(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!);
    at = TOKEN.lastIndex;
  }
  return tokens;
}

/** Parses a CHECK's SQL; undefined when it uses anything outside the supported subset. */
export function parseCheck(name: string, sql: string): ParsedCheck | undefined {
  const tokens = tokenize(sql);
  if (!tokens) return undefined;
  let i = 0;
  const peek = (): string | undefined => tokens[i];
  const lower = (): string | undefined => tokens[i]?.toLowerCase();
  const take = (): string => tokens[i++]!;
  const expect = (t: string): void => {
    if (lower() !== t) throw new Error(`expected ${t}`);
    i++;
  };
  const columns = new Set<string>();

  const skipCast = (): void => {
    while (peek() === '::') {
      i++;
      take();
      while (lower() === 'varying' || lower() === 'precision' || lower() === 'without' || lower() === 'with' || lower() === 'time' || lower() === 'zone') i++;
      if (peek() === '(') {
        while (peek() !== ')' && i < tokens.length) i++;
        i++;
      }
    }
  };

  const operand = (): Operand => {
    const t = take();
    if (t === undefined) throw new Error('unexpected end');
    let result: Operand;
    if (t === '(') {
      result = operand();
      expect(')');
    } else if (/^\d/.test(t)) result = { kind: 'literal', value: Number(t) };
    else if (t.startsWith("'")) result = { kind: 'literal', value: t.slice(1, -1).replace(/''/g, "'") };
    else if (t.startsWith('"')) {
      result = { kind: 'column', name: t.slice(1, -1).replace(/""/g, '"') };
      columns.add(result.name);
    } else if (/^(length|char_length|character_length)$/i.test(t) && peek() === '(') {
      i++;
      const inner = operand();
      expect(')');
      if (inner.kind === 'column') result = { kind: 'length', name: inner.name };
      else if (inner.kind === 'call') result = { kind: 'length', name: '', of: inner };
      else throw new Error('length of a literal');
    } else if (/^(trim|btrim|lower|upper)$/i.test(t) && peek() === '(') {
      i++;
      const arg = operand();
      expect(')');
      const fn = t.toLowerCase() === 'btrim' ? 'trim' : (t.toLowerCase() as 'trim' | 'lower' | 'upper');
      result = { kind: 'call', fn, arg };
    } else if (/^(true|false)$/i.test(t)) result = { kind: 'literal', value: t.toLowerCase() === 'true' };
    else if (/^null$/i.test(t)) result = { kind: 'literal', value: null };
    else if ((t === '-' || t === '+') && /^\d/.test(peek() ?? '')) result = { kind: 'literal', value: Number(t + take()) };
    else if (/^[A-Za-z_]/.test(t) && peek() !== '(' && !KEYWORDS.has(t.toLowerCase())) {
      result = { kind: 'column', name: t };
      columns.add(t);
    } else throw new Error(`unsupported ${t}`);
    skipCast();
    return result;
  };

  const predicate = (): CheckNode => {
    if (peek() === '(') {
      const save = i;
      i++;
      try {
        const inner = expr();
        expect(')');
        if (!isComparisonStart(lower())) return inner;
      } catch {
        // Not a parenthesised boolean: an operand in parentheses.
      }
      i = save;
    }
    if (lower() === 'not') {
      i++;
      return { kind: 'not', inner: predicate() };
    }
    const left = operand();
    const op = lower();
    if (op === 'is') {
      i++;
      let negated = false;
      if (lower() === 'not') {
        negated = true;
        i++;
      }
      expect('null');
      return { kind: 'isNull', operand: left, negated };
    }
    let negated = false;
    if (op === 'not') {
      negated = true;
      i++;
    }
    const op2 = lower();
    if (op2 === 'between') {
      i++;
      const low = operand();
      expect('and');
      const high = operand();
      return { kind: 'between', operand: left, low, high, negated };
    }
    if (op2 === 'like' || op2 === 'ilike') {
      i++;
      const pattern = operand();
      if (pattern.kind !== 'literal' || typeof pattern.value !== 'string') throw new Error('LIKE needs a literal pattern');
      return { kind: 'match', operand: left, pattern: likePattern(pattern.value, op2 === 'ilike'), negated, like: op2 === 'like' ? pattern.value : undefined };
    }
    if (!negated && (op2 === '~' || op2 === '~*' || op2 === '!~' || op2 === '!~*')) {
      i++;
      const pattern = operand();
      if (pattern.kind !== 'literal' || typeof pattern.value !== 'string') throw new Error('a regular expression needs a literal pattern');
      return { kind: 'match', operand: left, pattern: new RegExp(pattern.value, op2.endsWith('*') ? 'isu' : 'su'), negated: op2.startsWith('!') };
    }
    if (op2 === 'in') {
      i++;
      expect('(');
      const values: Operand[] = [operand()];
      while (peek() === ',') {
        i++;
        values.push(operand());
      }
      expect(')');
      return { kind: 'in', operand: left, values, negated };
    }
    if (negated) throw new Error('unsupported NOT form');
    const cmp = take();
    const map: Record<string, '=' | '<>' | '<' | '<=' | '>' | '>='> = { '=': '=', '<>': '<>', '!=': '<>', '<': '<', '<=': '<=', '>': '>', '>=': '>=' };
    const normalized = map[cmp];
    if (!normalized) throw new Error(`unsupported operator ${cmp}`);
    return { kind: 'compare', op: normalized, left, right: operand() };
  };
  const conjunction = (): CheckNode => {
    let node = predicate();
    while (lower() === 'and') {
      i++;
      node = { kind: 'and', left: node, right: predicate() };
    }
    return node;
  };
  const expr = (): CheckNode => {
    let node = conjunction();
    while (lower() === 'or') {
      i++;
      node = { kind: 'or', left: node, right: conjunction() };
    }
    return node;
  };
  try {
    const node = expr();
    if (i !== tokens.length) return undefined;
    return { name, sql, node, columns: [...columns] };
  } catch {
    return undefined;
  }
}

/** A LIKE pattern as an anchored regular expression (`%` any run, `_` one character, `\\` escapes). */
function likePattern(pattern: string, ignoreCase: boolean): RegExp {
  let source = '';
  for (let k = 0; k < pattern.length; k++) {
    const c = pattern[k]!;
    if (c === '\\' && k + 1 < pattern.length) source += pattern[++k]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (c === '%') source += '.*';
    else if (c === '_') source += '.';
    else source += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, ignoreCase ? 'isu' : 'su');
}

const KEYWORDS = new Set(['and', 'or', 'not', 'is', 'null', 'between', 'in', 'like', 'ilike', 'similar', 'case', 'when', 'then', 'else', 'end', 'any', 'all', 'exists']);

function isComparisonStart(token: string | undefined): boolean {
  return token !== undefined && ['=', '<>', '!=', '<', '<=', '>', '>=', 'between', 'in', 'is', 'not', 'like', 'ilike', '~', '~*', '!~', '!~*'].includes(token);
}

/**
 * Per-column limits implied by a check: only from the top-level AND chain, with `col IS NULL OR p` read as p.
 * Limits on other shapes are left to row verification.
 */
export function columnConstraints(check: ParsedCheck): Map<string, ValueConstraints> {
  const out = new Map<string, ValueConstraints>();
  const get = (name: string): ValueConstraints => {
    let c = out.get(name);
    if (!c) out.set(name, (c = {}));
    return c;
  };
  const numeric = (o: Operand): number | undefined => (o.kind === 'literal' && typeof o.value === 'number' ? o.value : undefined);
  const visit = (node: CheckNode): void => {
    if (node.kind === 'and') {
      visit(node.left);
      visit(node.right);
      return;
    }
    if (node.kind === 'or' && node.left.kind === 'isNull' && !node.left.negated) {
      visit(node.right);
      return;
    }
    if (node.kind === 'between' && !node.negated) {
      const lo = numeric(node.low);
      const hi = numeric(node.high);
      if (node.operand.kind === 'column' && lo !== undefined && hi !== undefined) {
        const c = get(node.operand.name);
        c.min = Math.max(c.min ?? -Infinity, lo);
        c.max = Math.min(c.max ?? Infinity, hi);
      }
      return;
    }
    if (node.kind === 'match' && !node.negated && node.like !== undefined && node.operand.kind === 'column') {
      get(node.operand.name).like = node.like;
      return;
    }
    if (node.kind === 'in' && !node.negated && node.operand.kind === 'column') {
      const values = node.values.map((v) => (v.kind === 'literal' ? v.value : undefined));
      if (values.every((v) => typeof v === 'string' || typeof v === 'number')) get(node.operand.name).allowed = values as (string | number)[];
      return;
    }
    if (node.kind === 'compare') {
      let { left, right, op } = node;
      if (numeric(left) !== undefined && (right.kind === 'column' || right.kind === 'length')) {
        [left, right] = [right, left];
        op = ({ '<': '>', '<=': '>=', '>': '<', '>=': '<=', '=': '=', '<>': '<>' } as const)[op];
      }
      const n = numeric(right);
      if (n === undefined) return;
      if (left.kind === 'column') {
        const c = get(left.name);
        const integerStep = Number.isInteger(n) ? 1 : 1e-6;
        if (op === '>' ) c.min = Math.max(c.min ?? -Infinity, n + integerStep);
        if (op === '>=') c.min = Math.max(c.min ?? -Infinity, n);
        if (op === '<') c.max = Math.min(c.max ?? Infinity, n - integerStep);
        if (op === '<=') c.max = Math.min(c.max ?? Infinity, n);
        if (op === '=') c.allowed = [n];
      } else if (left.kind === 'length' && !left.of) {
        const c = get(left.name);
        if (op === '>') c.minLength = Math.max(c.minLength ?? 0, n + 1);
        if (op === '>=') c.minLength = Math.max(c.minLength ?? 0, n);
        if (op === '<') c.maxLength = Math.min(c.maxLength ?? Infinity, n - 1);
        if (op === '<=') c.maxLength = Math.min(c.maxLength ?? Infinity, n);
      }
    }
  };
  visit(check.node);
  return out;
}
