// The data dump's check (run by dump-check.mjs on an unpacked /api/v1/dump): the Frictionless project's own
// library, datapackage-js, loads datapackage.json, validates it against the Data Package and Tabular Data Package
// profiles it ships with, and reads every row of every resource cast to its declared types, with primary keys and
// foreign keys checked. The profiles are the standard's text, so they live in node_modules, never in the repository.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import datapackage from "datapackage";

const { Package } = datapackage;
export const LIBRARY = `datapackage ${createRequire(import.meta.url)("datapackage/package.json").version}`;
const EXAMPLES = 5;

/**
 * Checks the unpacked data package in folder. Returns { valid, profile, descriptorErrors, files, bytes,
 * undescribed, missing, resources: [{ name, path, rows, values, foreignKeys, errors }], errors, rows, values,
 * foreignKeys, seconds }: descriptorErrors and each resource's errors are messages, a few examples each past
 * their count (errorCount in each resource).
 */
export async function checkPackage(folder) {
  const started = Date.now();
  const dataPackage = await Package.load(path.join(folder, "datapackage.json"));
  const descriptorErrors = descriptorMessages(dataPackage);
  const onDisk = fs.readdirSync(folder, { withFileTypes: true });
  const files = onDisk.filter((entry) => entry.isFile()).map((entry) => entry.name);
  const described = dataPackage.resources.map((resource) => resource.descriptor.path);
  const resources = [];
  for (const resource of dataPackage.resources) resources.push(await readRows(resource, files));
  const clean = new Set(resources.filter((r) => r.errorCount === 0).map((r) => r.name));
  for (const [index, resource] of dataPackage.resources.entries()) await resolveKeys(resource, resources[index], clean);
  return {
    valid: dataPackage.valid,
    profile: dataPackage.descriptor.profile,
    descriptorErrors,
    files: files.length,
    bytes: sum(files.map((name) => fs.statSync(path.join(folder, name)).size)),
    undescribed: onDisk.map((entry) => entry.name).filter((name) => name !== "datapackage.json" && !described.includes(name)),
    missing: described.filter((file) => typeof file !== "string" || !files.includes(file)).map(String),
    resources,
    errors: sum(resources.map((r) => r.errorCount)),
    rows: sum(resources.map((r) => r.rows)),
    values: sum(resources.map((r) => r.values)),
    foreignKeys: sum(resources.map((r) => r.foreignKeys)),
    seconds: (Date.now() - started) / 1000,
  };
}

/** Whether the same library turns down a descriptor: the descriptor object, read against the files in folder. */
export async function descriptorErrorsOf(descriptor, folder) {
  const dataPackage = await Package.load(descriptor, { basePath: folder });
  return dataPackage.valid ? [] : descriptorMessages(dataPackage);
}

// Every row cast (cast: true), a row that does not cast or repeats its primary key given back as an error in its
// place (forceCast) rather than ending the read, so that all are counted.
async function readRows(resource, files) {
  const result = { name: resource.name, path: String(resource.descriptor.path), rows: 0, values: 0,
    foreignKeys: resource.schema ? resource.schema.foreignKeys.length : 0, errorCount: 0, errors: [] };
  if (!resource.tabular || !resource.schema) {
    result.unread = failed(result, "not a tabular resource with a schema");
  } else if (!files.includes(result.path)) {
    result.unread = failed(result, `its file ${result.path} is not in the dump`);
  } else {
    await read(resource, { cast: true, forceCast: true }, result, (row) => {
      result.rows += 1;
      result.values += row.length;
    });
  }
  return result;
}

// Every foreign key resolved to a row of the resource it names (relations: true). The library reads those rows
// whole and stops at the first that does not cast, so a key into a resource that did not read cleanly counts as
// one error, not checked; the rows that did not cast are counted already.
async function resolveKeys(resource, result, clean) {
  if (result.foreignKeys === 0 || result.unread) return;
  const unclean = resource.schema.foreignKeys.map((key) => key.reference.resource || resource.name).filter((name) => !clean.has(name));
  if (unclean.length > 0) {
    failed(result, `foreign keys not checked: ${[...new Set(unclean)].join(", ")} did not read cleanly`);
    return;
  }
  await read(resource, { cast: true, relations: true, forceCast: true }, result, () => {}, (error) => /^Foreign key/.test(error.message));
}

async function read(resource, options, result, onRow, counts = () => true) {
  try {
    for (const row of await resource.read(options)) {
      if (!(row instanceof Error)) {
        onRow(row);
      } else if (counts(row)) {
        const causes = (row.errors ?? []).map((error) => error.message);
        failed(result, `row ${row.rowNumber ?? "?"}: ${row.message}${causes.length ? " (" + causes.join("; ") + ")" : ""}`);
      }
    }
  } catch (error) {
    failed(result, `not read: ${error.message}`);
  }
}

function failed(result, message) {
  result.errorCount += 1;
  if (result.errors.length < EXAMPLES) result.errors.push(message);
  return true;
}

function descriptorMessages(dataPackage) {
  const messages = dataPackage.errors.map((error) => error.message);
  for (const resource of dataPackage.resources) {
    for (const error of resource.valid ? [] : resource.errors) messages.push(`resource ${resource.name}: ${error.message}`);
  }
  return messages;
}

function sum(numbers) {
  return numbers.reduce((a, b) => a + b, 0);
}
