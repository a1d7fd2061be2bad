// Validates every object of a rendered overlay: built-in kinds against the Kubernetes schemas of
// kubernetes-models (types, formats, required fields) plus a strict unknown-field pass; custom
// resources with the minimal checks in crds.mjs; then the cross-object rules in rules.mjs.
import { parseAllDocuments } from "yaml";
import { CUSTOM_RESOURCES } from "./crds.mjs";
import { unknownFields } from "./strict-fields.mjs";
import { checkRules } from "./rules.mjs";
import { render, findRenderer } from "./render.mjs";

/** Parses multi-document YAML into plain objects, failing on YAML errors. */
export function parseManifests(text) {
  const objects = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length) throw new Error(`YAML: ${doc.errors.map((e) => e.message).join("; ")}`);
    const value = doc.toJS();
    if (value !== null && value !== undefined) objects.push(value);
  }
  return objects;
}

/** The kubernetes-models class for apiVersion ("v1" or "group/version") and kind, or null. */
async function loadModel(apiVersion, kind) {
  const modelDir = apiVersion;
  try {
    const mod = await import(`kubernetes-models/${modelDir}`);
    return mod[kind] ? { Model: mod[kind], modelDir } : null;
  } catch {
    return null;
  }
}

/** Errors of one object (empty when valid) and how it was validated: "schema", "crd-minimal". */
export async function validateObject(o) {
  const name = `${o?.kind ?? "?"}/${o?.metadata?.name ?? "?"}`;
  if (typeof o?.apiVersion !== "string" || typeof o?.kind !== "string") {
    return { how: "none", errors: [`${name}: apiVersion and kind are required`] };
  }
  if (typeof o.metadata?.name !== "string" || !o.metadata.name) {
    return { how: "none", errors: [`${name}: metadata.name is required`] };
  }
  const custom = CUSTOM_RESOURCES[`${o.apiVersion}/${o.kind}`];
  if (custom) {
    const errors = [];
    custom(o, errors);
    return { how: "crd-minimal", errors: errors.map((e) => `${name} (${o.apiVersion}): ${e}`) };
  }
  const model = await loadModel(o.apiVersion, o.kind);
  if (!model) {
    return { how: "none", errors: [`${name}: no schema for ${o.apiVersion} ${o.kind} (unknown or misspelt apiVersion/kind)`] };
  }
  const errors = [];
  try {
    new model.Model(o).validate();
  } catch (e) {
    errors.push(...String(e.message).split(", ").map((m) => `${name}: ${m.replace(/^data\/?/, "/")}`));
  }
  errors.push(...unknownFields(o, model.modelDir, o.kind).map((m) => `${name}: ${m}`));
  return { how: "schema", errors };
}

/**
 * Renders and validates one kustomization directory. `context` holds the objects of the overlay a directory is applied
 * next to (a Job's Services, the pods its policies select): they take part in the cross-object rules, and are not
 * validated again.
 */
export async function checkDirectory(dir, renderer = findRenderer(), context = []) {
  let objects;
  try {
    objects = parseManifests(render(dir, renderer));
  } catch (e) {
    return { dir, objects: [], counts: {}, secrets: [], errors: [e.message] };
  }
  const counts = { schema: 0, "crd-minimal": 0, none: 0 };
  const errors = [];
  for (const o of objects) {
    const result = await validateObject(o);
    counts[result.how]++;
    errors.push(...result.errors);
  }
  const rules = checkRules([...context, ...objects]);
  errors.push(...rules.errors);
  // the Secrets this directory's own objects use (the context's are listed with the context)
  const secrets = context.length ? checkRules(objects).secrets : rules.secrets;
  return { dir, objects, counts, secrets, errors };
}
