// The checks on every answer, each a kind of failure:
//   server error      a 5xx
//   status code       a status that the operation does not document (nor its class, nor default)
//   content type      a Content-Type that the documented response does not list
//   schema            a JSON body that its documented schema (validated by Ajv) does not accept
//   invalid accepted  a 2xx to a request with a value that breaks its parameter's schema (a note: results.mjs)
//   no answer         no HTTP answer within the time limit
import { documentedMediaType, documentedResponse, isJson } from "./description.mjs";

export const KINDS = ["server error", "status code", "content type", "schema", "invalid accepted", "no answer"];

/** The failures of one answer: { kind, key (what makes it distinct), detail }. */
export function judge(operation, request, answer, validatorFor) {
  if (answer.error) return [{ kind: "no answer", key: answer.error, detail: answer.error }];
  const failures = [];
  const { status, contentType, body } = answer;
  if (status >= 500) failures.push({ kind: "server error", key: String(status), detail: `${status}: ${body.slice(0, 200)}` });
  const documented = documentedResponse(operation, status);
  if (!documented) {
    failures.push({ kind: "status code", key: String(status),
      detail: `${status} is not documented (documented: ${Object.keys(operation.responses).join(", ")})` });
    // Even so, an answer in a media type that none of the operation's responses has is a failure of its own.
    const all = Object.assign({}, ...Object.values(operation.responses).map((r) => r.content ?? {}));
    if (Object.keys(all).length > 0 && body.length > 0 && !documentedMediaType(all, contentType)) {
      failures.push({ kind: "content type", key: `${mediaTypeOf(contentType)} for ${status}`,
        detail: `Content-Type ${contentType || "missing"} for ${status}; the operation documents only ${Object.keys(all).join(", ")}` });
    }
  } else {
    failures.push(...judgeBody(operation, documented, contentType, body, validatorFor));
  }
  if (request.invalid.length > 0 && status >= 200 && status < 300) {
    failures.push({ kind: "invalid accepted", key: [...request.invalid].sort().join(","),
      detail: `${status} to a request whose ${request.invalid.join(", ")} breaks the parameter's schema` });
  }
  return failures;
}

function judgeBody(operation, documented, contentType, body, validatorFor) {
  const content = documented.response.content ?? {};
  if (Object.keys(content).length === 0) {
    return body.length === 0 ? [] : [{ kind: "content type", key: `${mediaTypeOf(contentType)} where none`,
      detail: `a ${contentType || "body without a Content-Type"} where response ${documented.key} documents no body` }];
  }
  const mediaType = documentedMediaType(content, contentType);
  if (!mediaType) {
    return [{ kind: "content type", key: `${mediaTypeOf(contentType)} for ${documented.key}`,
      detail: `Content-Type ${contentType || "missing"}; response ${documented.key} documents ${Object.keys(content).join(", ")}` }];
  }
  if (!isJson(mediaType) || !content[mediaType].schema) return [];
  let json;
  try {
    json = JSON.parse(body);
  } catch {
    return [{ kind: "schema", key: "not JSON", detail: `the body of a ${mediaType} answer is not JSON: ${body.slice(0, 120)}` }];
  }
  const validate = validatorFor(operation, documented.key, mediaType);
  if (validate(json)) return [];
  return distinct(validate.errors).map((error) => ({
    kind: "schema",
    key: `${documented.key} ${general(error.instancePath)} ${error.keyword} ${error.schemaPath}`,
    schemaPath: decodeURIComponent(error.schemaPath),
    detail: `response ${documented.key}: ${general(error.instancePath) || "the body"} ${error.message}` +
      ` (found ${JSON.stringify(valueAt(json, error.instancePath))?.slice(0, 80)})`,
  }));
}

// A failure is the same whatever the parameters (charset=UTF-8 or none).
function mediaTypeOf(contentType) {
  return contentType.split(";")[0].trim().toLowerCase() || "none";
}

// One failure per place in the schema, whichever item of a list broke it.
function distinct(errors) {
  const seen = new Map();
  for (const error of errors ?? []) {
    const key = general(error.instancePath) + " " + error.schemaPath;
    if (!seen.has(key)) seen.set(key, error);
  }
  return [...seen.values()];
}

function general(instancePath) {
  return instancePath.replace(/\/\d+(?=\/|$)/g, "/*");
}

function valueAt(json, instancePath) {
  return instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((at, key) => at?.[key], json);
}
