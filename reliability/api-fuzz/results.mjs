// What a fuzzer run leaves in its folder: results.json (every figure), api-fuzz.tsv (the pass marks, one a line:
// section, mark, figure, pass or fail, read by reliability/report.py) and failures.md (one entry per distinct
// failure, with the smallest request found for it).
import fs from "node:fs";
import path from "node:path";
import { KINDS } from "./checks.mjs";

const SECTION = "API fuzzer: every operation of /v3/api-docs";
// The API reads some values more leniently than their schema (a match other than any/all is any): listed, but
// issue 18 counts failures of status code, content type and schema only, so it is no pass mark.
const NOTES = ["invalid accepted"];
const MARKS = [
  ["server error", "no answer is a 5xx"],
  ["status code", "every status is one that the operation documents"],
  ["content type", "every Content-Type is one that the documented response lists"],
  ["schema", "every JSON body matches its documented schema"],
  ["no answer", "every request is answered within 15 s"],
];

export function writeResults(folder, run) {
  fs.mkdirSync(folder, { recursive: true });
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, run.failures.filter((f) => f.kind === kind)]));
  const covered = run.operations.filter((op) => op.valid > 0 && (op.invalid > 0 || op.note));
  const valid = sum(run.operations.map((op) => op.valid));
  const invalid = sum(run.operations.map((op) => op.invalid));
  fs.writeFileSync(path.join(folder, "results.json"), JSON.stringify({ ...run, failuresByKind: counts(byKind) }, null, 1));

  const marks = [[SECTION, "the fuzzer sent valid and invalid requests to every operation",
    `${run.requests} requests (${valid} valid, ${invalid} invalid, shrinking included) over ${covered.length} of ` +
    `${run.operations.length} operations of ${run.description} (OpenAPI ${run.openapi}); seed ${run.seed}; ${run.seconds} s` +
    (run.timedOut ? "; stopped at its time limit" : "") +
    NOTES.map((kind) => `; ${byKind[kind].length} distinct "${kind}" (a note: listed in failures.md, no mark)`).join(""),
    covered.length === run.operations.length && run.operations.length > 0]];
  for (const [kind, text] of MARKS) {
    const found = byKind[kind];
    const answers = sum(found.map((f) => f.count));
    const operations = new Set(found.map((f) => f.operation)).size;
    const examples = found.slice(0, 3).map((f) => `\`${f.operation}\`: ${f.detail.slice(0, 140)} (\`${f.example.slice(0, 160)}\`)`);
    marks.push([SECTION, text, found.length === 0 ? "0 failures"
      : `${found.length} distinct failures in ${operations} operations (${answers} failing answers), every one in ` +
        `target/api-fuzz/failures.md; the first: ${examples.join("; ")}`,
    found.length === 0]);
  }
  fs.writeFileSync(path.join(folder, "api-fuzz.tsv"),
    marks.map(([section, mark, figure, passed]) => [section, mark, figure.replace(/\s+/g, " "), passed ? "pass" : "fail"].join("\t")).join("\n") + "\n");
  fs.writeFileSync(path.join(folder, "failures.md"), failuresText(run, byKind));

  const passed = marks.every((m) => m[3]);
  const summary = `${run.requests} requests over ${covered.length}/${run.operations.length} operations in ${run.seconds} s ` +
    `(seed ${run.seed}); distinct failures: ` + KINDS.map((k) => `${k} ${byKind[k].length}`).join(", ");
  return { passed, summary };
}

function failuresText(run, byKind) {
  const lines = [`# API fuzzer failures`, "",
    `${run.requests} requests to ${run.base}, seed ${run.seed} (run again with --seed ${run.seed}), ${run.seconds} s.`, ""];
  for (const kind of KINDS) {
    lines.push(`## ${kind}: ${byKind[kind].length} distinct${NOTES.includes(kind) ? " (a note, not a pass mark)" : ""}`, "");
    for (const f of byKind[kind].sort((a, b) => a.operation.localeCompare(b.operation))) {
      lines.push(`- \`${f.operation}\`: ${f.detail} — ${f.count} answers; e.g. \`${f.example}\` → ${f.status} ${f.contentType}`);
    }
    lines.push("");
  }
  lines.push("## Answers by operation", "", "| operation | valid | invalid | statuses |", "| --- | ---: | ---: | --- |");
  for (const op of run.operations) {
    lines.push(`| \`${op.name}\` | ${op.valid} | ${op.invalid}${op.note ? " (" + op.note + ")" : ""} | ` +
      Object.entries(op.statuses).map(([s, n]) => `${s}: ${n}`).join(", ") + " |");
  }
  return lines.join("\n") + "\n";
}

function counts(byKind) {
  return Object.fromEntries(Object.entries(byKind).map(([kind, list]) => [kind, list.length]));
}

function sum(numbers) {
  return numbers.reduce((a, b) => a + b, 0);
}
