// The OpenAPI description as the fuzzer reads it: its operations with their parameters, and, for each
// documented answer, a validator of its body compiled by Ajv from the description itself.
import { openapiSchemaToJsonSchema } from "@openapi-contrib/openapi-schema-to-json-schema";
import Ajv2020 from "ajv/dist/2020.js";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

export async function loadDescription(base, path) {
  const response = await fetch(base + path, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response.json();
}

/** Every operation: method, path template, its parameters (path-level ones merged in) and its responses. */
export function operationsOf(doc) {
  const operations = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const own = (operation.parameters ?? []).map((p) => resolve(doc, p));
      const names = new Set(own.map((p) => p.in + ":" + p.name));
      const inherited = (item.parameters ?? []).map((p) => resolve(doc, p)).filter((p) => !names.has(p.in + ":" + p.name));
      operations.push({
        name: `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), path,
        parameters: [...inherited, ...own].map((p) => ({ ...p, schema: resolve(doc, p.schema ?? {}) })),
        ...responsesOf(doc, operation, ["paths", path, method, "responses"]),
      });
    }
  }
  return operations;
}

// The responses with their $refs followed, and where each lives in the description (for its validator).
function responsesOf(doc, operation, at) {
  const responses = {};
  const responsePointers = {};
  for (const [key, response] of Object.entries(operation.responses ?? {})) {
    responses[key] = resolve(doc, response);
    responsePointers[key] = response.$ref?.startsWith("#/") ? response.$ref.slice(2).split("/")
      .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")) : [...at, key];
  }
  return { responses, responsePointers };
}

/** The documented response for a status: the exact code, then its class (4XX), then default. */
export function documentedResponse(operation, status) {
  const responses = operation.responses;
  for (const key of [String(status), `${Math.floor(status / 100)}XX`, `${Math.floor(status / 100)}xx`, "default"]) {
    if (responses[key]) return { key, response: responses[key] };
  }
  return null;
}

/** The documented media type that an answer's Content-Type matches (type/* and * / * count), or null. */
export function documentedMediaType(content, contentType) {
  const actual = (contentType ?? "").split(";")[0].trim().toLowerCase();
  if (!actual) return null;
  const [type] = actual.split("/");
  for (const key of Object.keys(content)) {
    const documented = key.split(";")[0].trim().toLowerCase();
    if (documented === actual || documented === type + "/*" || documented === "*/*") return key;
  }
  return null;
}

export function isJson(mediaType) {
  return /^application\/([a-z0-9.+-]*\+)?json$/.test(mediaType.split(";")[0].trim().toLowerCase());
}

/**
 * Validators of response bodies, compiled by Ajv from the description (its $refs included): an OpenAPI 3.1
 * description is JSON Schema 2020-12 already; the schemas of a 3.0 one are converted to JSON Schema draft 4 by
 * openapi-schema-to-json-schema first (nullable, boolean exclusiveMinimum and the like).
 */
export function responseValidators(doc) {
  const openapi31 = String(doc.openapi).startsWith("3.1");
  const options = { strict: false, allErrors: true, validateSchema: false };
  const ajv = openapi31 ? new Ajv2020(options) : new AjvDraft04(options);
  const schemas = openapi31 ? doc : asJsonSchema(doc);
  addFormats(ajv);
  ajv.addFormat("int32", { type: "number", validate: (n) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
  ajv.addFormat("int64", { type: "number", validate: (n) => Number.isInteger(n) });
  ajv.addFormat("float", { type: "number", validate: () => true });
  ajv.addFormat("double", { type: "number", validate: () => true });
  ajv.addSchema(schemas, "api-docs.json");
  const compiled = new Map();
  return (operation, responseKey, mediaType) => {
    const pointer = [...operation.responsePointers[responseKey], "content", mediaType, "schema"];
    const ref = "api-docs.json#" + pointer.map((s) => "/" + encodeURIComponent(String(s).replace(/~/g, "~0").replace(/\//g, "~1"))).join("");
    if (!compiled.has(ref)) compiled.set(ref, ajv.compile({ $ref: ref }));
    return compiled.get(ref);
  };
}

// The 3.0 description with every schema that a response reaches in JSON Schema: the components' schemas and
// those written inline in the responses, its own or shared ones (components/responses).
function asJsonSchema(doc) {
  const convert = (schema) => {
    const { $schema, ...converted } = openapiSchemaToJsonSchema(nullableWrappers(schema), { cloneSchema: true });
    return converted;
  };
  const copy = structuredClone(doc);
  for (const [name, schema] of Object.entries(copy.components?.schemas ?? {})) copy.components.schemas[name] = convert(schema);
  const responses = [...Object.values(copy.components?.responses ?? {}),
    ...Object.values(copy.paths ?? {}).flatMap((item) => METHODS.flatMap((method) => Object.values(item[method]?.responses ?? {})))];
  for (const response of responses) {
    for (const media of Object.values(response.content ?? {})) if (media.schema) media.schema = convert(media.schema);
  }
  return copy;
}

// nullable: true beside $ref, allOf, anyOf or oneOf (the usual way to make a reference nullable in 3.0) allows
// null, as generated clients and swagger-request-validator read it; OpenAPI 3.0.3's letter ties nullable to type
// alone, under which such a field could never be null.
function nullableWrappers(node) {
  if (Array.isArray(node)) return node.map(nullableWrappers);
  if (node === null || typeof node !== "object") return node;
  const walked = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, nullableWrappers(value)]));
  if (walked.nullable !== true || !["$ref", "allOf", "anyOf", "oneOf"].some((key) => key in walked)) return walked;
  const { nullable, ...rest } = walked;
  return { anyOf: [{ type: "null" }, rest] };
}

export function resolve(doc, node) {
  let current = node;
  for (let depth = 0; current && current.$ref && depth < 20; depth++) {
    if (!current.$ref.startsWith("#/")) throw new Error("only local $refs are followed: " + current.$ref);
    current = current.$ref.slice(2).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce((at, key) => at?.[key], doc);
  }
  return current ?? {};
}
