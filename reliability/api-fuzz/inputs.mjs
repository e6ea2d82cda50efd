// fast-check arbitraries of requests, made from an operation's parameters: valid ones (every value conforms
// to its parameter's schema) and invalid ones (at least one value breaks it), plus the values that the API's
// own answers have shown, so that path parameters also reach records that exist.
import fc from "fast-check";
import { resolve } from "./description.mjs";

// Parameters that name a record by another field's values (the organization slugs of the answers).
const SAME_VALUES_AS = { partner: "slug", centre: "slug", counterpart: "slug" };
const POOL_SIZE = 40;

/** Values seen in the API's answers, by field name. */
export class Pools {
  #values = new Map();

  harvest(json, depth = 0) {
    if (depth > 6 || json === null || typeof json !== "object") return;
    for (const [key, value] of Object.entries(json)) {
      if (typeof value === "string" || typeof value === "number") {
        const pool = this.#values.get(key) ?? new Set();
        if (pool.size < POOL_SIZE) pool.add(value);
        this.#values.set(key, pool);
      } else {
        this.harvest(value, depth + 1);
      }
    }
  }

  valuesFor(name) {
    return [...(this.#values.get(name) ?? []), ...(this.#values.get(SAME_VALUES_AS[name]) ?? [])];
  }
}

/**
 * Requests for one operation: { values: [{ parameter, value }], invalid: [names] }. In "invalid" mode one or
 * more parameters get a value that breaks their schema (or a required one is left out); null when no
 * parameter of the operation can be made invalid.
 */
export function requestArbitrary(operation, mode, pools, doc) {
  const parameters = operation.parameters.filter((p) => ["path", "query", "header"].includes(p.in));
  const valid = parameters.map((p) => ({ parameter: p, arbitrary: validParameter(p, pools, doc) }));
  if (mode === "valid") return fc.tuple(...valid.map(present)).map((values) => request(values, []));
  const breakable = parameters.map((p) => ({ parameter: p, arbitrary: invalidParameter(p, doc) }))
    .filter(({ arbitrary }) => arbitrary !== null);
  if (breakable.length === 0) return null;
  return fc.subarray(breakable, { minLength: 1 }).chain((broken) => {
    const values = valid.map((v) => {
      const bad = broken.find((b) => b.parameter === v.parameter);
      return bad ? bad.arbitrary.map((value) => ({ parameter: v.parameter, value })) : present(v);
    });
    return fc.tuple(...values).map((list) => request(list, broken.map((b) => b.parameter.name)));
  });
}

function request(values, invalid) {
  return { values: values.filter((v) => v.value !== undefined), invalid };
}

function present({ parameter, arbitrary }) {
  const value = parameter.required ? arbitrary : fc.option(arbitrary, { nil: undefined, freq: 2 });
  return value.map((v) => ({ parameter, value: v }));
}

function validParameter(parameter, pools, doc) {
  const schema = resolve(doc, parameter.schema);
  const examples = [parameter.example, schema.example, schema.default, ...(schema.examples ?? []),
    ...Object.values(parameter.examples ?? {}).map((e) => e.value)].filter((v) => v !== undefined);
  let generated = validValue(schema, doc, parameter.in === "path", pools.valuesFor(parameter.name), examples);
  if (parameter.in === "header") generated = generated.filter((v) => /^[\x20-\x7e]*$/.test(String(v)));
  return generated;
}

function validValue(schema, doc, inPath, known = [], examples = []) {
  const type = typeOf(schema);
  let generated;
  if (schema.enum) generated = fc.constantFrom(...schema.enum.filter((v) => v !== null));
  else if (type === "integer") generated = integers(schema);
  else if (type === "number") generated = fc.double({ min: schema.minimum, max: schema.maximum, noNaN: true, noDefaultInfinity: true });
  else if (type === "boolean") generated = fc.boolean();
  else if (type === "array") {
    const items = resolve(doc, schema.items ?? {});
    return fc.array(validValue(items, doc, false, known, examples),
      { minLength: schema.minItems ?? 0, maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 3, 3)) });
  } else generated = strings(schema, inPath);
  const fitting = [...known, ...examples].filter((v) => conforms(schema, v));
  return fitting.length ? fc.oneof({ arbitrary: fc.constantFrom(...fitting), weight: 2 }, { arbitrary: generated, weight: 3 })
    : generated;
}

function invalidParameter(parameter, doc) {
  const value = invalidValue(resolve(doc, parameter.schema), doc);
  if (value === null && parameter.required && parameter.in !== "path") return fc.constant(undefined);
  if (value === null || parameter.in !== "path") return value;
  return value.filter((v) => usableInPath(String(v)));
}

function invalidValue(schema, doc) {
  const type = typeOf(schema);
  const options = [];
  if (type === "integer" || type === "number") {
    const number = type === "integer" ? /^[+-]?\d+$/ : /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
    options.push(fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== "" && !number.test(s.trim())));
    if (type === "integer") options.push(fc.constantFrom("1.5", "1e3", "0x10", "9223372036854775808", "-9223372036854775809"));
    const { low, high } = integerBounds(schema);
    if (high !== undefined) options.push(fc.integer({ min: high + 1, max: high + 1_000_000 }));
    if (low !== undefined) options.push(fc.integer({ min: low - 1_000_000, max: low - 1 }));
    if (schema.format === "int32") options.push(fc.constantFrom("2147483648", "-2147483649"));
  } else if (type === "boolean") {
    options.push(fc.string({ minLength: 1, maxLength: 8 }).filter((s) => !/^(true|false|on|off|yes|no|1|0)$/i.test(s.trim())));
  } else if (schema.enum) {
    // A blank value is no value in a query string: the API reads it as the parameter left out.
    options.push(fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== "" && !schema.enum.includes(s)));
  } else if (type === "array") {
    const items = invalidValue(resolve(doc, schema.items ?? {}), doc);
    if (items) options.push(fc.array(items, { minLength: 1, maxLength: 2 }));
  } else if (type === "string") {
    if (schema.maxLength !== undefined) options.push(fc.string({ minLength: schema.maxLength + 1, maxLength: schema.maxLength + 20 }));
    if (schema.minLength > 0) options.push(fc.string({ maxLength: schema.minLength - 1 }));
    if (schema.pattern) options.push(fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !safeRegExp(schema.pattern)?.test(s)));
    if (["date", "date-time"].includes(schema.format)) {
      options.push(fc.string({ minLength: 1, maxLength: 12 }).filter((s) => Number.isNaN(Date.parse(s))));
    }
  }
  return options.length ? fc.oneof(...options) : null;
}

function integers(schema) {
  const bits = schema.format === "int32" ? 31n : 63n;
  const { low: min, high: max } = integerBounds(schema);
  const low = min !== undefined ? BigInt(min) : -(2n ** bits);
  const high = max !== undefined ? BigInt(max) : 2n ** bits - 1n;
  const near = fc.bigInt({ min: low > -1000n ? low : -1000n, max: high < 1000n ? high : 1000n });
  return fc.oneof({ arbitrary: near, weight: 3 }, { arbitrary: fc.bigInt({ min: low, max: high }), weight: 1 });
}

// The smallest and largest whole numbers a schema allows. OpenAPI 3.0 (JSON Schema draft 4) marks an exclusive
// bound with a boolean beside minimum or maximum; 3.1 gives the exclusive bound itself.
function integerBounds(schema) {
  const low = typeof schema.exclusiveMinimum === "number" ? Math.floor(schema.exclusiveMinimum) + 1
    : schema.minimum === undefined ? undefined
      : schema.exclusiveMinimum === true ? Math.floor(schema.minimum) + 1 : Math.ceil(schema.minimum);
  const high = typeof schema.exclusiveMaximum === "number" ? Math.ceil(schema.exclusiveMaximum) - 1
    : schema.maximum === undefined ? undefined
      : schema.exclusiveMaximum === true ? Math.ceil(schema.maximum) - 1 : Math.floor(schema.maximum);
  return { low, high };
}

function strings(schema, inPath) {
  const length = { minLength: Math.max(schema.minLength ?? 0, inPath ? 1 : 0), maxLength: schema.maxLength ?? 24 };
  let generated;
  if (schema.pattern && safeRegExp(schema.pattern)) generated = fc.stringMatching(safeRegExp(schema.pattern));
  else if (schema.format === "date") generated = dates().map((d) => d.toISOString().slice(0, 10));
  else if (schema.format === "date-time") generated = dates().map((d) => d.toISOString());
  else generated = fc.oneof(fc.string(length), fc.string({ ...length, unit: "binary" }));
  return inPath ? generated.filter(usableInPath) : generated;
}

function dates() {
  return fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true });
}

// "." and ".." would be resolved away by the URL itself, and an empty segment names another path.
function usableInPath(value) {
  return value !== "" && value !== "." && value !== "..";
}

function conforms(schema, value) {
  const type = typeOf(schema);
  if (schema.enum) return schema.enum.includes(value);
  if (type === "integer") {
    if (!/^-?\d+$/.test(String(value))) return false;
    const { low, high } = integerBounds(schema);
    return !(low > Number(value)) && !(high < Number(value));
  }
  if (type === "string") return typeof value === "string" && !(String(value).length > schema.maxLength);
  return type !== "array";
}

function typeOf(schema) {
  return Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
}

function safeRegExp(pattern) {
  try {
    return new RegExp(pattern, "u");
  } catch {
    return null;
  }
}
