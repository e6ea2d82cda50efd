// The dump check's own test (node --test, run by reliability/api-fuzz.sh before it checks the real dump): a small
// sound package passes, and each fault planted in a copy of it is reported: a descriptor off the profile, a value
// that does not cast, a repeated primary key, a foreign key to no row, a file left undescribed and one missing.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { checkPackage, descriptorErrorsOf } from "./dump.mjs";

const folders = [];
after(() => folders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

function descriptor() {
  const key = (fields, resource) => ({ fields: [fields], reference: { resource, fields: ["id"] } });
  return {
    profile: "tabular-data-package", name: "small-record", resources: [
      { profile: "tabular-data-resource", name: "organizations", path: "organizations.csv", format: "csv", encoding: "utf-8",
        schema: { primaryKey: ["id"], foreignKeys: [key("parent_id", "")], fields: [
          { name: "id", type: "integer", constraints: { required: true } }, { name: "parent_id", type: "integer" },
          { name: "name_ko", type: "string" }, { name: "founded", type: "date" }, { name: "listed", type: "boolean" }] } },
      { profile: "tabular-data-resource", name: "metrics", path: "metrics.csv", format: "csv", encoding: "utf-8",
        schema: { primaryKey: ["id"], foreignKeys: [key("organization_id", "organizations")], fields: [
          { name: "id", type: "integer" }, { name: "organization_id", type: "integer" }, { name: "value", type: "number" }] } },
    ],
  };
}

const SOUND = {
  "organizations.csv": 'id,parent_id,name_ko,founded,listed\r\n1,,"은하 ""금융"", 첫 줄\r\n둘째 줄",2001-03-04,true\r\n2,1,\'=1+2,,false\r\n',
  "metrics.csv": "id,organization_id,value\r\n1,1,12.5\r\n2,2,-3\r\n3,,\r\n",
};

/** A package in a folder of its own: the sound one, with the changes given (a file's text, or null to leave it out). */
function packageWith({ files = {}, change = (d) => d } = {}) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "dump-check-test-"));
  folders.push(folder);
  fs.writeFileSync(path.join(folder, "datapackage.json"), JSON.stringify(change(descriptor())));
  for (const [name, text] of Object.entries({ ...SOUND, ...files })) {
    if (text !== null) fs.writeFileSync(path.join(folder, name), text);
  }
  return folder;
}

test("a sound package is valid and every row casts and resolves", async () => {
  const result = await checkPackage(packageWith());
  assert.equal(result.valid, true, JSON.stringify(result.descriptorErrors));
  assert.deepEqual(result.descriptorErrors, []);
  assert.equal(result.errors, 0, JSON.stringify(result.resources));
  assert.equal(result.rows, 5);
  assert.equal(result.values, 19);
  assert.equal(result.foreignKeys, 2);
  assert.equal(result.files, 3);
  assert.deepEqual([result.undescribed, result.missing], [[], []]);
});

test("a descriptor off the Tabular Data Package profile is reported invalid", async () => {
  const result = await checkPackage(packageWith({ change: (d) => {
    d.name = "Not Lower Case";
    d.resources[1].schema.fields[2].type = "decimal";
    return d;
  } }));
  assert.equal(result.valid, false);
  assert.ok(result.descriptorErrors.length >= 2, JSON.stringify(result.descriptorErrors));
  assert.ok(result.descriptorErrors.some((message) => message.startsWith("resource metrics")), JSON.stringify(result.descriptorErrors));

  const sound = packageWith();
  assert.deepEqual(await descriptorErrorsOf(descriptor(), sound), []);
  const withoutSchema = descriptor();
  delete withoutSchema.resources[0].schema;
  assert.notDeepEqual(await descriptorErrorsOf(withoutSchema, sound), []);
});

test("a value that does not cast and a repeated primary key are each an error", async () => {
  const result = await checkPackage(packageWith({ files: {
    "organizations.csv": "id,parent_id,name_ko,founded,listed\r\n1,,a,,true\r\n2,1,b,2001-02-30,\r\n3,1,c,,maybe\r\n1,,d,,\r\n",
    "metrics.csv": "id,organization_id,value\r\n1,1,twelve\r\n2,2,1\r\n",
  } }));
  assert.equal(result.valid, true);
  const organizations = result.resources.find((r) => r.name === "organizations");
  // Row 3: a date that does not exist; row 4: a boolean that is none; row 5: id 1 again; and its own foreign key
  // cannot be resolved against rows that do not cast.
  assert.equal(organizations.errorCount, 4, JSON.stringify(organizations.errors));
  assert.equal(organizations.rows, 1);
  assert.ok(organizations.errors.some((message) => /unique/i.test(message)), JSON.stringify(organizations.errors));
  assert.match(organizations.errors.at(-1), /foreign keys not checked: organizations/);
  // The metrics: row 2 does not cast, and their foreign key into the organizations cannot be checked.
  const metrics = result.resources.find((r) => r.name === "metrics");
  assert.equal(metrics.errorCount, 2, JSON.stringify(metrics.errors));
  assert.equal(result.errors, 6);
});

test("a foreign key to a missing row, of the table's own or of another, is an error", async () => {
  const result = await checkPackage(packageWith({ files: {
    "organizations.csv": "id,parent_id,name_ko,founded,listed\r\n1,,a,,\r\n2,5,b,,\r\n3,1,c,,\r\n",
    "metrics.csv": "id,organization_id,value\r\n1,1,1\r\n2,7,2\r\n3,3,3\r\n",
  } }));
  const organizations = result.resources.find((r) => r.name === "organizations");
  const metrics = result.resources.find((r) => r.name === "metrics");
  assert.deepEqual(organizations.errors, ['row 3: Foreign key "parent_id" violation in row 3'], JSON.stringify(organizations));
  assert.deepEqual(metrics.errors, ['row 3: Foreign key "organization_id" violation in row 3'], JSON.stringify(metrics));
  assert.equal(result.errors, 2);
  assert.equal(result.rows, 6);
});

test("a file no resource describes and a resource whose file is missing are reported", async () => {
  const result = await checkPackage(packageWith({ files: { "metrics.csv": null, "users.csv": "id\r\n1\r\n" } }));
  assert.deepEqual(result.undescribed, ["users.csv"]);
  assert.deepEqual(result.missing, ["metrics.csv"]);
  assert.ok(result.resources.find((r) => r.name === "metrics").errorCount >= 1);
});
