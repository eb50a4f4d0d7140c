// Whether a value is one a zod schema takes as it is: parsing it would succeed and give back equal data
// (same keys, in the schema's order, same values). The warm-start cache checks every cached file's data
// this way (cachedRow.ts): data the loader wrote is the schema's own output, so it is taken as it is,
// with no copy made, where parsing would build the whole of it again.
//
// It reads the schema itself (the one zod schema stays the only source of truth) and runs the schema's
// own checks, refinements and transforms. It vouches only for what it fully understands: anything else
// (a kind of schema it does not know, a default to fill in, a transform that changes the value) is
// 'unknown', and the caller parses with zod as before. 'no' is said only where zod would surely refuse.
import type * as z from 'zod/mini';

export type Verdict = 'yes' | 'no' | 'unknown';

/** The parts of zod's internal definitions read here (zod v4 `_zod.def`). */
interface Def {
  readonly type: string;
  readonly coerce?: boolean;
  readonly checks?: readonly Check[];
  readonly innerType?: Schema;
  readonly in?: Schema;
  readonly out?: Schema;
  readonly element?: Schema;
  readonly options?: readonly Schema[];
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly catchall?: Schema;
  readonly transform?: (value: unknown, payload: Payload) => unknown;
}

interface Schema {
  readonly _zod: { readonly def: Def; readonly values?: ReadonlySet<unknown>; readonly optin?: string; readonly optout?: string };
}

interface Check {
  readonly _zod: { readonly def: { readonly when?: (payload: Payload) => boolean }; readonly check: (payload: Payload) => unknown };
}

interface Payload {
  value: unknown;
  issues: unknown[];
}

/** Per object schema: the position of each of its keys. */
const keyOrder = new WeakMap<Schema, ReadonlyMap<string, number>>();

function orderOf(schema: Schema, shape: Readonly<Record<string, Schema>>): ReadonlyMap<string, number> {
  let order = keyOrder.get(schema);
  if (!order) keyOrder.set(schema, order = new Map(Object.keys(shape).map((key, i) => [key, i])));
  return order;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The verdict on `value` against `schema` and its own checks. */
function verdict(schema: Schema, value: unknown): Verdict {
  const def = schema._zod.def;
  const own = typeVerdict(schema, def, value);
  return own === 'yes' && def.checks?.length ? checksVerdict(def.checks, value) : own;
}

/** Runs the schema's checks on `value` as zod does after parsing: any issue is a 'no'; a changed value, 'unknown'. */
function checksVerdict(checks: readonly Check[], value: unknown): Verdict {
  const payload: Payload = { value, issues: [] };
  for (const check of checks) {
    const when = check._zod.def.when;
    if (when && !when(payload)) continue;
    if (check._zod.check(payload) instanceof Promise) return 'unknown';
  }
  if (payload.issues.length) return 'no';
  return payload.value === value ? 'yes' : 'unknown';
}

function typeVerdict(schema: Schema, def: Def, value: unknown): Verdict {
  switch (def.type) {
    case 'string':
      return def.coerce ? 'unknown' : typeof value === 'string' ? 'yes' : 'no';
    case 'number':
      return def.coerce ? 'unknown' : typeof value === 'number' && Number.isFinite(value) ? 'yes' : 'no';
    case 'boolean':
      return def.coerce ? 'unknown' : typeof value === 'boolean' ? 'yes' : 'no';
    case 'null':
      return value === null ? 'yes' : 'no';
    case 'never':
      return 'no';
    case 'enum':
    case 'literal':
      return schema._zod.values ? (schema._zod.values.has(value) ? 'yes' : 'no') : 'unknown';
    case 'optional':
      if (value === undefined) return def.innerType?._zod.optin === 'defaulted' ? 'unknown' : 'yes';
      return def.innerType ? verdict(def.innerType, value) : 'unknown';
    case 'nullable':
      if (value === null) return 'yes';
      return def.innerType ? verdict(def.innerType, value) : 'unknown';
    case 'default':
      return value === undefined || !def.innerType ? 'unknown' : verdict(def.innerType, value);
    case 'pipe': {
      if (!def.in || !def.out) return 'unknown';
      const left = verdict(def.in, value);
      return left === 'yes' ? verdict(def.out, value) : left;
    }
    case 'transform':
      return transformVerdict(def, value);
    case 'union':
      return unionVerdict(def.options ?? [], value);
    case 'array':
      return arrayVerdict(def, value);
    case 'object':
      return objectVerdict(schema, def, value);
    default:
      return 'unknown';
  }
}

/** A transform that gives the value back (or a list of the very same items) leaves it as it is. */
function transformVerdict(def: Def, value: unknown): Verdict {
  if (!def.transform) return 'unknown';
  const payload: Payload = { value, issues: [] };
  const out = def.transform(value, payload);
  if (out instanceof Promise || payload.issues.length) return 'unknown';
  if (out === value) return 'yes';
  if (!Array.isArray(out) || !Array.isArray(value) || out.length !== value.length) return 'unknown';
  for (let i = 0; i < out.length; i++) if (out[i] !== value[i]) return 'unknown';
  return 'yes';
}

/** zod takes the first option that parses: every option before it must surely refuse. */
function unionVerdict(options: readonly Schema[], value: unknown): Verdict {
  for (const option of options) {
    const v = verdict(option, value);
    if (v !== 'no') return v;
  }
  return options.length ? 'no' : 'unknown';
}

function arrayVerdict(def: Def, value: unknown): Verdict {
  if (!def.element) return 'unknown';
  if (!Array.isArray(value)) return 'no';
  for (const item of value) {
    const v = verdict(def.element, item);
    if (v !== 'yes') return v;
  }
  return 'yes';
}

function objectVerdict(schema: Schema, def: Def, value: unknown): Verdict {
  const shape = def.shape;
  if (!shape) return 'unknown';
  if (!isObject(value)) return 'no';
  const strict = def.catchall?._zod.def.type === 'never';
  if (def.catchall && !strict) return 'unknown';
  const order = orderOf(schema, shape);
  let last = -1;
  for (const key in value) {
    if (key === '__proto__' || !Object.hasOwn(value, key)) return 'unknown';
    const at = order.get(key);
    if (at === undefined) return strict ? 'no' : 'unknown'; // strict: refused; otherwise zod would drop it
    if (at < last) return 'unknown'; // zod gives the keys back in the schema's order
    last = at;
  }
  for (const key of order.keys()) {
    const field = shape[key] as Schema;
    if (!Object.hasOwn(value, key)) {
      // An absent key zod leaves absent; anything else (a default, a required key) is zod's to say.
      if (field._zod.optin === 'optional' && field._zod.optout === 'optional') continue;
      return 'unknown';
    }
    const v = verdict(field, value[key]);
    if (v !== 'yes') return v;
  }
  return 'yes';
}

/**
 * `value` checked against `schema` as zod would parse it: `value` itself when zod would give back equal
 * data (no copy made), zod's output when it takes it otherwise, undefined when it refuses it.
 */
export function conformingData(schema: z.ZodMiniType, value: unknown): { readonly data: unknown } | undefined {
  if (verdict(schema as unknown as Schema, value) === 'yes') return { data: value };
  const parsed = schema.safeParse(value);
  return parsed.success ? { data: parsed.data } : undefined;
}

/** The verdict alone (for tests: 'yes' must always mean zod gives back equal data). */
export function schemaVerdict(schema: z.ZodMiniType, value: unknown): Verdict {
  return verdict(schema as unknown as Schema, value);
}
