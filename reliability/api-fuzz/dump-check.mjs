// The data dump's check, run by reliability/api-fuzz.sh beside the fuzzer: downloads /api/v1/dump once, unpacks
// it with Info-ZIP's unzip (which checks every entry's CRC), and has the Frictionless project's own library judge
// it (dump.mjs). The figures go to OUT/dump-check.json, the pass marks to OUT/dump-check.tsv (one a line: section,
// mark, figure, pass or fail; read by reliability/report.py). Exit status 0 only when every mark passes.
//
//   node dump-check.mjs --base http://127.0.0.1:18480 --out target/api-fuzz
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { checkPackage, descriptorErrorsOf, LIBRARY } from "./dump.mjs";

const SECTION = "Data dump: /api/v1/dump read by the Frictionless project's own library";
const DOWNLOAD_SECONDS = 120;

const settings = parseArguments(process.argv.slice(2), { base: "http://127.0.0.1:18480", out: "target/api-fuzz" });
const zip = path.join(settings.out, "dump.zip");
const folder = path.join(settings.out, "dump");
fs.mkdirSync(settings.out, { recursive: true });
fs.rmSync(folder, { recursive: true, force: true });
fs.rmSync(zip, { force: true });

const download = await fetchDump(`${settings.base}/api/v1/dump`);
const unpacked = download.status === 200 ? unpack() : { ok: false, entries: [], detail: "nothing to unpack" };
let result = null;
let control = [];
let problem = "";
if (unpacked.ok && fs.existsSync(path.join(folder, "datapackage.json"))) {
  try {
    result = await checkPackage(folder);
    // The same library on a copy of this descriptor with two faults: a check that cannot fail proves nothing.
    const broken = JSON.parse(fs.readFileSync(path.join(folder, "datapackage.json"), "utf8"));
    broken.name = broken.name.toUpperCase() + " COPY";
    broken.resources[0].schema.fields[0].type = "text";
    control = await descriptorErrorsOf(broken, folder);
  } catch (error) {
    problem = `the library stopped: ${error.message}`;
  }
} else if (unpacked.ok) {
  problem = "no datapackage.json in the archive";
}

const marks = [
  [SECTION, "the dump downloads as a ZIP and unpacks, datapackage.json first",
    `${download.status} ${download.contentType}, ${size(download.bytes)} in ${download.seconds.toFixed(1)} s; ` +
    (unpacked.ok ? `${unpacked.entries.length} files, ${result ? size(result.bytes) : "?"} unpacked (unzip, every CRC checked); ` +
      `first entry ${unpacked.entries[0]}` : `did not unpack: ${unpacked.detail}`),
    download.status === 200 && download.contentType === "application/zip" && unpacked.ok && unpacked.entries[0] === "datapackage.json"],
  [SECTION, `datapackage.json is a valid Tabular Data Package (${LIBRARY}: Package.load, package.valid against the ` +
    "Data Package and Tabular Data Package profiles, each resource against Tabular Data Resource)",
    result ? (result.valid ? `valid: profile ${result.profile}, ${result.resources.length} resources`
      : `${result.descriptorErrors.length} errors: ${result.descriptorErrors.slice(0, 5).join("; ")}`) +
      `; a copy with its name in capitals and a field of type "text" is reported invalid: ${control.length} errors`
      : problem || "not checked: the dump did not unpack",
    result !== null && result.valid && control.length > 0],
  [SECTION, "every file in the dump is a resource of datapackage.json, and every resource's file is in the dump",
    result ? `${result.files - 1} data files, ${result.resources.length} resources; not described: ` +
      `${list(result.undescribed)}; missing: ${list(result.missing)}` : problem || "not checked",
    result !== null && result.undescribed.length === 0 && result.missing.length === 0 && result.resources.length > 0],
  [SECTION, "every row of every CSV file casts to its declared types, no primary key repeats, and every foreign key " +
    "resolves (resource.read with cast, relations and forceCast, so every error is counted)",
    result ? `${result.rows.toLocaleString("en")} rows, ${result.values.toLocaleString("en")} values in ` +
      `${result.resources.length} resources, ${result.foreignKeys} foreign keys resolved on every row; ${result.errors} errors` +
      firstErrors(result) + `; ${result.seconds.toFixed(1)} s` : problem || "not checked",
    result !== null && result.errors === 0 && result.rows > 0],
];

fs.writeFileSync(path.join(settings.out, "dump-check.json"), JSON.stringify({ library: LIBRARY, download,
  unpacked, control, problem, result }, null, 1));
fs.writeFileSync(path.join(settings.out, "dump-check.tsv"), marks.map(([section, mark, figure, passed]) =>
  [section, mark, figure.replace(/\s+/g, " "), passed ? "pass" : "fail"].join("\t")).join("\n") + "\n");
const passed = marks.every((mark) => mark[3]);
console.log(`the data dump: ${marks.filter((m) => m[3]).length} of ${marks.length} marks passed` +
  (result ? `; ${result.rows} rows in ${result.resources.length} resources, ${result.errors} errors, ` +
    `descriptor ${result.valid ? "valid" : "INVALID"}` : `; ${problem || unpacked.detail}`));
process.exit(passed ? 0 : 1);

async function fetchDump(url) {
  const started = Date.now();
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_SECONDS * 1000) });
    const body = Buffer.from(await response.arrayBuffer());
    fs.writeFileSync(zip, body);
    return { status: response.status, contentType: response.headers.get("content-type") ?? "no Content-Type",
      bytes: body.length, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    return { status: "no answer", contentType: error.message, bytes: 0, seconds: (Date.now() - started) / 1000 };
  }
}

function unpack() {
  try {
    const entries = execFileSync("unzip", ["-Z1", zip], { encoding: "utf8" }).split("\n").filter(Boolean);
    execFileSync("unzip", ["-q", zip, "-d", folder], { stdio: ["ignore", "ignore", "pipe"] });
    return { ok: true, entries, detail: "" };
  } catch (error) {
    return { ok: false, entries: [], detail: `unzip: ${String(error.stderr || error.message).trim().slice(0, 300)}` };
  }
}

function firstErrors(result) {
  const examples = result.resources.flatMap((r) => r.errors.map((message) => `${r.name} ${message}`)).slice(0, 3);
  return examples.length ? ` (the first: ${examples.join("; ").slice(0, 600)})` : "";
}

function size(bytes) {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} KB`;
}

function list(names) {
  return names.length ? names.join(", ") : "none";
}

function parseArguments(args, defaults) {
  const parsed = { ...defaults };
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i].replace(/^--/, "");
    if (!(name in defaults) || args[i + 1] === undefined) throw new Error(`unknown or empty option ${args[i]}`);
    parsed[name] = args[i + 1];
  }
  return parsed;
}
