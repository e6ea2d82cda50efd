// The OpenAPI description as the fuzzer reads it: its operations with their parameters, and, for each
// documented answer, a validator of its body compiled by Ajv from the description itself.
import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
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
        responses: operation.responses ?? {},
        pointer: ["paths", path, method],
      });
    }
  }
  return operations;
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
 * Validators of response bodies, compiled by Ajv straight from the description (its $refs included):
 * JSON Schema 2020-12 for OpenAPI 3.1, draft-07 with OpenAPI's nullable for 3.0.
 */
export function responseValidators(doc) {
  const openapi31 = String(doc.openapi).startsWith("3.1");
  const options = { strict: false, allErrors: true, validateSchema: false, discriminator: !openapi31 };
  const ajv = openapi31 ? new Ajv2020(options) : new Ajv(options);
  addFormats(ajv);
  ajv.addFormat("int32", { type: "number", validate: (n) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
  ajv.addFormat("int64", { type: "number", validate: (n) => Number.isInteger(n) });
  ajv.addFormat("float", { type: "number", validate: () => true });
  ajv.addFormat("double", { type: "number", validate: () => true });
  ajv.addSchema(doc, "api-docs.json");
  const compiled = new Map();
  return (operation, responseKey, mediaType) => {
    const pointer = [...operation.pointer, "responses", responseKey, "content", mediaType, "schema"];
    const ref = "api-docs.json#" + pointer.map((s) => "/" + encodeURIComponent(String(s).replace(/~/g, "~0").replace(/\//g, "~1"))).join("");
    if (!compiled.has(ref)) compiled.set(ref, ajv.compile({ $ref: ref }));
    return compiled.get(ref);
  };
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
