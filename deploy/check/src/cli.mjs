#!/usr/bin/env node
// Usage: node src/cli.mjs [[--with OVERLAY_DIR] kustomization-dir ...]
//   default: every overlay under deploy/overlays, then every directory under deploy/jobs with each overlay
//   --with OVERLAY_DIR: check the directories after it as applied next to that overlay (its Services, pods and
//   Secrets count for the cross-object rules), as the Jobs are
// Exit 0 when every directory renders and validates, 1 otherwise.
import { readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkDirectory } from "./check.mjs";
import { findRenderer } from "./render.mjs";

const deployDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function kustomizations(parent) {
  const dir = path.join(deployDir, parent);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((d) => path.join(dir, d))
    .filter((d) => existsSync(path.join(d, "kustomization.yaml")))
    .sort();
}

/** [{dir, context}] to check: context is an overlay directory or null. */
function plan(args) {
  if (args.length === 0) {
    const overlays = kustomizations("overlays");
    return [
      ...overlays.map((dir) => ({ dir, context: null })),
      ...kustomizations("jobs").flatMap((dir) => overlays.map((context) => ({ dir, context }))),
    ];
  }
  const checks = [];
  let context = null;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--with") context = path.resolve(args[++i]);
    else checks.push({ dir: path.resolve(args[i]), context });
  }
  return checks;
}

const checks = plan(process.argv.slice(2));
let renderer;
try {
  renderer = findRenderer();
} catch (e) {
  console.error(`manifest check: ${e.message}`);
  process.exit(1);
}
console.log(`renderer: ${renderer.label}${renderer.version ? ` (${renderer.version})` : ""}`);
const rel = (dir) => path.relative(process.cwd(), dir) || ".";
const contexts = new Map();
let failed = 0;
for (const { dir, context } of checks) {
  let objects = [];
  if (context) {
    if (!contexts.has(context)) contexts.set(context, await checkDirectory(context, renderer));
    objects = contexts.get(context).objects;
  }
  const r = await checkDirectory(dir, renderer, objects);
  const kinds = [...new Set(r.objects.map((o) => o.kind))].sort().join(", ");
  console.log(`${rel(dir)}${context ? ` with ${rel(context)}` : ""}: ${r.objects.length} objects (${r.counts.schema ?? 0} ` +
    `schema-validated, ${r.counts["crd-minimal"] ?? 0} custom resources checked minimally) [${kinds}]`);
  if (r.secrets.length) console.log(`  Secrets it expects to exist: ${r.secrets.join(", ")}`);
  for (const e of r.errors) console.log(`  ERROR ${e}`);
  if (r.errors.length) failed++;
}
console.log(failed ? `manifest check FAILED for ${failed} of ${checks.length}` : `manifest check passed for ${checks.length}`);
process.exit(failed ? 1 : 0);
