#!/usr/bin/env node
// Usage: node src/cli.mjs [kustomization-dir ...]   (default: every overlay under deploy/overlays)
// Exit 0 when every directory renders and validates, 1 otherwise.
import { readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkDirectory } from "./check.mjs";
import { findRenderer } from "./render.mjs";

const deployDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function defaultDirs() {
  const overlays = path.join(deployDir, "overlays");
  return readdirSync(overlays)
    .map((d) => path.join(overlays, d))
    .filter((d) => existsSync(path.join(d, "kustomization.yaml")));
}

const dirs = process.argv.length > 2 ? process.argv.slice(2) : defaultDirs();
let renderer;
try {
  renderer = findRenderer();
} catch (e) {
  console.error(`manifest check: ${e.message}`);
  process.exit(1);
}
console.log(`renderer: ${renderer.label}${renderer.version ? ` (${renderer.version})` : ""}`);
let failed = 0;
for (const dir of dirs) {
  const r = await checkDirectory(dir, renderer);
  const rel = path.relative(process.cwd(), dir) || ".";
  const kinds = [...new Set(r.objects.map((o) => o.kind))].sort().join(", ");
  console.log(`${rel}: ${r.objects.length} objects (${r.counts.schema ?? 0} schema-validated, ` +
    `${r.counts["crd-minimal"] ?? 0} custom resources checked minimally) [${kinds}]`);
  if (r.secrets.length) console.log(`  Secrets it expects to exist: ${r.secrets.join(", ")}`);
  for (const e of r.errors) console.log(`  ERROR ${e}`);
  if (r.errors.length) failed++;
}
console.log(failed ? `manifest check FAILED for ${failed} of ${dirs.length}` : `manifest check passed for ${dirs.length}`);
process.exit(failed ? 1 : 0);
