// The fuzzer's own test (node --test, run by reliability/api-fuzz.sh before the real run): a small API on
// loopback with one failure of each kind planted finds each of them, and the same API without them finds none.
import assert from "node:assert/strict";
import http from "node:http";
import { after, before, test } from "node:test";
import { fuzz } from "./fuzzer.mjs";

const THINGS = Array.from({ length: 9 }, (_, i) => ({ id: i + 1, name: "thing " + (i + 1), note: i % 2 ? null : "a note",
  tag: i % 3 ? { label: "t" + i } : null, otherTag: i % 4 ? null : { label: "o" + i } }));

// OpenAPI 3.0 (nullable, a boolean exclusiveMinimum) and 3.1 (a type list, a number) describe the same API.
function description(version) {
  const nullableString = version === "3.1.0" ? { type: ["string", "null"] } : { type: "string", nullable: true };
  // A nullable reference: anyOf with null in 3.1; in 3.0 nullable beside allOf, or beside the $ref itself.
  const tag = version === "3.1.0" ? { anyOf: [{ $ref: "#/components/schemas/Tag" }, { type: "null" }] }
    : { allOf: [{ $ref: "#/components/schemas/Tag" }], nullable: true };
  const otherTag = version === "3.1.0" ? tag : { $ref: "#/components/schemas/Tag", nullable: true };
  const problem = { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } };
  return {
    openapi: version,
    info: { title: "things", version: "1" },
    paths: {
      "/things": {
        get: {
          parameters: [
            { name: "limit", in: "query", schema: { type: "integer", format: "int32", maximum: 9,
              ...(version === "3.1.0" ? { exclusiveMinimum: 0 } : { minimum: 0, exclusiveMinimum: true }) } },
            { name: "match", in: "query", schema: { type: "string", enum: ["any", "all"] } },
          ],
          responses: {
            200: { description: "ok", content: { "application/json": { schema: {
              type: "object", required: ["items"],
              properties: { items: { type: "array", items: { $ref: "#/components/schemas/Thing" } } } } } } },
            400: { description: "unreadable", content: problem },
          },
        },
      },
      "/things/{id}": {
        get: {
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer", format: "int64" } }],
          responses: {
            200: { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } },
            400: { description: "unreadable", content: problem },
            404: { $ref: "#/components/responses/NotFound" },
          },
        },
      },
    },
    components: { responses: { NotFound: { description: "none", content: problem } }, schemas: {
      Thing: { type: "object", required: ["id", "name", "note"],
        properties: { id: { type: "integer", format: "int64" }, name: { type: "string" }, note: nullableString, tag, otherTag } },
      Tag: { type: "object", required: ["label"], properties: { label: { type: "string" } } },
      Problem: { type: "object", required: ["status"], properties: { status: { type: "integer" }, title: { type: "string" } } },
    } },
  };
}

// planted: the kinds of failure the fuzzer must find, each on an input of its own.
function api(version, planted) {
  return (request, response) => {
    const url = new URL(request.url, "http://localhost");
    const send = (status, body, type = status < 300 ? "application/json" : "application/problem+json") => {
      response.writeHead(status, { "content-type": type });
      response.end(typeof body === "string" ? body : JSON.stringify(body));
    };
    const problem = (status) => send(status, { status, title: http.STATUS_CODES[status] });
    if (url.pathname === "/v3/api-docs") return send(200, description(version));
    if (url.pathname === "/things") {
      const limit = url.searchParams.get("limit") ?? "9";
      const match = url.searchParams.get("match") ?? "any";
      if (!/^\d+$/.test(limit) || Number(limit) < 1 || Number(limit) > 9) return problem(400);
      if (!["any", "all"].includes(match) && !planted) return problem(400); // planted: any match is taken
      if (planted && limit === "3") return send(200, "<p>three</p>", "text/html"); // planted: a wrong content type
      return send(200, { items: THINGS.slice(0, Number(limit)) });
    }
    const id = url.pathname.match(/^\/things\/(.*)$/)?.[1];
    if (id === undefined) return problem(404);
    if (!/^-?\d+$/.test(decodeURIComponent(id))) return problem(400);
    if (planted && id === "5") return send(500, "boom", "text/plain"); // planted: a server error
    if (planted && Number(id) < 0) return send(410, { status: 410 }); // planted: a status not documented
    const thing = THINGS.find((t) => t.id === Number(id));
    if (!thing) return problem(404);
    return send(200, planted && thing.id === 2 ? { ...thing, name: 2 } : thing); // planted: a body off its schema
  };
}

const servers = {};
before(async () => {
  for (const [name, version, planted] of [["planted", "3.1.0", true], ["conforming30", "3.0.1", false], ["conforming31", "3.1.0", false]]) {
    const server = http.createServer(api(version, planted));
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    servers[name] = { server, base: `http://127.0.0.1:${server.address().port}` };
  }
});
after(() => Object.values(servers).forEach(({ server }) => server.close()));

function run(name) {
  return fuzz({ base: servers[name].base, description: "/v3/api-docs", valid: 150, invalid: 50, seed: 7, seconds: 60 });
}

test("finds every kind of failure planted in the API, each with its operation and a smallest request", async () => {
  const { failures, operations } = await run("planted");
  const found = (kind, operation) => failures.filter((f) => f.kind === kind && f.operation === operation);
  assert.equal(operations.length, 2);
  assert.deepEqual(found("server error", "GET /things/{id}").map((f) => f.example), ["GET /things/5"]);
  // The 500 is a status not documented too.
  assert.deepEqual(found("status code", "GET /things/{id}").map((f) => f.status).sort(), [410, 500]);
  assert.deepEqual(found("content type", "GET /things").map((f) => f.example), ["GET /things?limit=3"]);
  assert.ok(found("schema", "GET /things/{id}").some((f) => f.detail.includes("/name must be string")), JSON.stringify(failures));
  assert.ok(found("invalid accepted", "GET /things").some((f) => f.example.includes("(invalid: match)")), JSON.stringify(failures));
});

test("finds nothing in the same API without them, described in OpenAPI 3.0 or 3.1", async () => {
  for (const name of ["conforming30", "conforming31"]) {
    const { failures, operations, requests } = await run(name);
    assert.deepEqual(failures, [], name);
    assert.ok(operations.every((op) => op.valid > 0 && op.invalid > 0), JSON.stringify(operations));
    assert.ok(requests >= 400, `${name}: ${requests} requests`);
  }
});
