// The property-based fuzzer itself. For every operation of the OpenAPI description, fast-check generates
// requests from the parameters' schemas, valid ones and then invalid ones; every answer is judged by checks.mjs.
// A request whose answer fails in a way not yet shrunk is a counterexample: fast-check shrinks it to a smallest
// request that still fails that way, and the search goes on with a new seed until the operation's runs are used up.
import fc from "fast-check";
import { judge } from "./checks.mjs";
import { loadDescription, operationsOf, responseValidators } from "./description.mjs";
import { Pools, requestArbitrary } from "./inputs.mjs";

const ROUNDS_PER_OPERATION = 25;

/**
 * Fuzzes the API at settings.base: { base, description (its path), valid, invalid (runs per operation), seed,
 * seconds (a cap) }. Returns the run: its figures, every operation's coverage and every distinct failure.
 */
export async function fuzz(settings) {
  const started = Date.now();
  const deadline = started + settings.seconds * 1000;
  const doc = await loadDescription(settings.base, settings.description);
  const validatorFor = responseValidators(doc);
  // Operations without path parameters first: their answers fill the pools that the others' paths draw on.
  const operations = operationsOf(doc).sort((a, b) => hasPathParameters(a) - hasPathParameters(b));
  const pools = new Pools();
  const failures = new Map();
  const shrunk = new Set();
  const coverage = new Map(operations.map((op) => [op.name, { valid: 0, invalid: 0, statuses: {}, note: "" }]));
  let requests = 0;

  for (const [index, operation] of operations.entries()) {
    for (const mode of ["valid", "invalid"]) {
      const arbitrary = requestArbitrary(operation, mode, pools, doc);
      if (!arbitrary) {
        coverage.get(operation.name).note = "no parameter that a value can break";
        continue;
      }
      await explore(operation, mode, arbitrary, settings[mode], settings.seed + index * 2 + (mode === "invalid" ? 1 : 0));
    }
  }
  return {
    base: settings.base, description: settings.description, openapi: doc.openapi, seed: settings.seed, requests,
    seconds: Math.round((Date.now() - started) / 1000), timedOut: Date.now() > deadline,
    operations: operations.map((op) => ({ name: op.name, ...coverage.get(op.name) })),
    failures: [...failures.values()],
  };

  async function explore(operation, mode, arbitrary, runs, operationSeed) {
    let remaining = runs;
    for (let round = 0; remaining > 0 && round < ROUNDS_PER_OPERATION && Date.now() < deadline; round++) {
      // The first failure of this round not yet shrunk is the target; shrinking keeps to it.
      let target = null;
      const property = fc.asyncProperty(arbitrary, async (request) => {
        const signatures = await exchange(operation, mode, request);
        if (target === null) target = signatures.find((s) => !shrunk.has(s)) ?? null;
        return target === null || !signatures.includes(target);
      });
      const result = await fc.check(property, { numRuns: remaining, seed: (operationSeed + round * 7919) | 0 });
      if (!result.failed) return;
      // The smallest request that still fails: the example each of its failures is reported with.
      for (const signature of await exchange(operation, mode, result.counterexample[0], true)) shrunk.add(signature);
      shrunk.add(target);
      remaining -= Math.max(result.numRuns, 1);
    }
  }

  /** Sends one request, judges its answer and records the failures; returns their signatures. */
  async function exchange(operation, mode, request, smallest = false) {
    const { url, headers } = build(operation, request);
    const answer = await send(settings.base, operation.method, url, headers);
    requests++;
    const stats = coverage.get(operation.name);
    stats[mode]++;
    stats.statuses[answer.status ?? "none"] = (stats.statuses[answer.status ?? "none"] ?? 0) + 1;
    if (answer.status >= 200 && answer.status < 300 && /json/.test(answer.contentType)) {
      try { pools.harvest(JSON.parse(answer.body)); } catch { /* judged as a schema failure */ }
    }
    return judge(operation, request, answer, validatorFor).map((failure) => {
      const signature = `${operation.name} | ${failure.kind} | ${failure.key}`;
      const example = `${operation.method} ${url}` + (request.invalid.length ? `  (invalid: ${request.invalid.join(", ")})` : "");
      const known = failures.get(signature);
      if (!known) {
        failures.set(signature, { operation: operation.name, kind: failure.kind, detail: failure.detail,
          schemaPath: failure.schemaPath, status: answer.status, contentType: answer.contentType, example, count: 1 });
      } else {
        known.count++;
        if (smallest && !shrunk.has(signature)) Object.assign(known, { example, detail: failure.detail, status: answer.status });
      }
      return signature;
    });
  }
}

function build(operation, request) {
  let url = operation.path;
  const query = new URLSearchParams();
  const headers = {};
  for (const { parameter, value } of request.values) {
    const values = Array.isArray(value) ? value.map(String) : [String(value)];
    if (parameter.in === "path") url = url.replace(`{${parameter.name}}`, encodeURIComponent(values.join(",")));
    else if (parameter.in === "header") headers[parameter.name] = values.join(",");
    else if (parameter.explode === false) query.append(parameter.name, values.join(","));
    else values.forEach((v) => query.append(parameter.name, v));
  }
  const search = query.toString();
  return { url: url + (search ? "?" + search : ""), headers };
}

async function send(base, method, url, headers) {
  try {
    const response = await fetch(base + url, { method, headers, redirect: "manual", signal: AbortSignal.timeout(15_000) });
    return { status: response.status, contentType: response.headers.get("content-type") ?? "", body: await response.text() };
  } catch (error) {
    return { error: `${error.name}: ${error.cause?.code ?? error.message}` };
  }
}

function hasPathParameters(operation) {
  return operation.parameters.some((p) => p.in === "path") ? 1 : 0;
}
