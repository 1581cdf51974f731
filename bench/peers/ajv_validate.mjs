// Peer for bench/run.py: what a Node.js user would write to check plans:
// js-yaml to read each file, ajv to validate it against engage's JSON Schema.
// usage: node peers/ajv_validate.mjs SCHEMA PATH...
import fs from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import yaml from "js-yaml";

const [schemaPath, ...roots] = process.argv.slice(2);
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, "utf8")));

function* yamlFiles(root) {
  if (fs.statSync(root).isFile()) { yield root; return; }
  for (const entry of fs.readdirSync(root, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) yield* yamlFiles(full);
    else if (/\.ya?ml$/.test(entry.name)) yield full;
  }
}

let files = 0, invalid = 0;
for (const root of roots) {
  for (const file of yamlFiles(root)) {
    files++;
    // JSON_SCHEMA: dates stay strings, as the schema expects.
    const doc = yaml.load(fs.readFileSync(file, "utf8"), { schema: yaml.JSON_SCHEMA });
    if (!validate(doc)) invalid++;
  }
}
console.log(`${files} files, ${invalid} not valid`);
