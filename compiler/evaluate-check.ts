/**
 * Evaluates a parsed CHECK on a generated row with SQL's three-valued logic: the engine verifies every row of a
 * table with checks, and fixtures are validated the same way.
 */
import type { CheckNode, Operand, ParsedCheck } from './parse-check.ts';

type Tri = boolean | null;

function value(operand: Operand, row: Record<string, unknown>): unknown {
  switch (operand.kind) {
    case 'literal':
      return operand.value;
    case 'column':
      return row[operand.name] ?? null;
    case 'length': {
      const v = operand.of ? value(operand.of, row) : row[operand.name];
      return v === null || v === undefined ? null : [...String(v)].length;
    }
    case 'call': {
      const v = value(operand.arg, row);
      if (v === null || v === undefined) return null;
      const text = v instanceof Date ? v.toISOString() : String(v);
      return operand.fn === 'trim' ? text.trim() : operand.fn === 'lower' ? text.toLowerCase() : text.toUpperCase();
    }
  }
}

function comparable(v: unknown): number | string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.getTime();
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number') return v;
  const s = String(v);
  const n = Number(s);
  if (s.trim() !== '' && !Number.isNaN(n)) return n;
  const t = /^\d{4}-\d{2}-\d{2}/.test(s) ? Date.parse(s.includes('T') || s.length === 10 ? s : s.replace(' ', 'T') + (/[+-]\d\d$|Z$/.test(s) ? '' : 'Z')) : Number.NaN;
  return Number.isNaN(t) ? s : t;
}

function compare(a: unknown, b: unknown): number | null {
  const x = comparable(a);
  const y = comparable(b);
  if (x === null || y === null) return null;
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0;
}

/** Evaluates a check on a row of JS values (keys: SQL column names) with SQL's three-valued logic. */
export function evaluateCheck(node: CheckNode, row: Record<string, unknown>): Tri {
  switch (node.kind) {
    case 'and': {
      const l = evaluateCheck(node.left, row);
      const r = evaluateCheck(node.right, row);
      if (l === false || r === false) return false;
      return l === null || r === null ? null : true;
    }
    case 'or': {
      const l = evaluateCheck(node.left, row);
      const r = evaluateCheck(node.right, row);
      if (l === true || r === true) return true;
      return l === null || r === null ? null : false;
    }
    case 'not': {
      const v = evaluateCheck(node.inner, row);
      return v === null ? null : !v;
    }
    case 'isNull': {
      const v = value(node.operand, row);
      const isNull = v === null || v === undefined;
      return node.negated ? !isNull : isNull;
    }
    case 'compare': {
      const c = compare(value(node.left, row), value(node.right, row));
      if (c === null) return null;
      switch (node.op) {
        case '=':
          return c === 0;
        case '<>':
          return c !== 0;
        case '<':
          return c < 0;
        case '<=':
          return c <= 0;
        case '>':
          return c > 0;
        case '>=':
          return c >= 0;
      }
    }
    // falls through (unreachable)
    case 'between': {
      const v = value(node.operand, row);
      const lo = compare(v, value(node.low, row));
      const hi = compare(v, value(node.high, row));
      if (lo === null || hi === null) return null;
      const inside = lo >= 0 && hi <= 0;
      return node.negated ? !inside : inside;
    }
    case 'match': {
      const v = value(node.operand, row);
      if (v === null || v === undefined) return null;
      const hit = node.pattern.test(typeof v === 'string' ? v : String(v));
      return node.negated ? !hit : hit;
    }
    case 'in': {
      const v = value(node.operand, row);
      if (v === null || v === undefined) return null;
      const hit = node.values.some((o) => compare(v, value(o, row)) === 0);
      return node.negated ? !hit : hit;
    }
  }
}

/** A check passes unless it is FALSE (NULL passes, as in SQL). */
export function checkPasses(check: ParsedCheck, row: Record<string, unknown>): boolean {
  return evaluateCheck(check.node, row) !== false;
}
