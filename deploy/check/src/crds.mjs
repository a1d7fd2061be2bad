// Minimal offline checks for the custom resources Parley uses (no CRD schema is available offline):
// apiVersion/kind, required fields, field types, enum values and the known top-level spec fields.

const QUANTITY = /^[0-9]+(\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?$/;

// Top-level Cluster spec fields of CloudNativePG 1.25-1.28 (docs: API reference, ClusterSpec).
const CLUSTER_SPEC_FIELDS = new Set([
  "affinity", "backup", "bootstrap", "certificates", "description", "enablePDB", "enableSuperuserAccess",
  "env", "envFrom", "ephemeralVolumeSource", "ephemeralVolumesSizeLimit", "externalClusters", "failoverDelay",
  "imageCatalogRef", "imageName", "imagePullPolicy", "imagePullSecrets", "inheritedMetadata", "instances",
  "livenessProbeTimeout", "logLevel", "managed", "maxSyncReplicas", "minSyncReplicas", "monitoring",
  "nodeMaintenanceWindow", "plugins", "podSecurityContext", "postgresGID", "postgresUID", "postgresql",
  "primaryUpdateMethod", "primaryUpdateStrategy", "priorityClassName", "probes", "projectedVolumeTemplate",
  "replica", "replicationSlots", "resources", "schedulerName", "seccompProfile", "securityContext",
  "serviceAccountTemplate", "smartShutdownTimeout", "startDelay", "stopDelay", "storage", "superuserSecret",
  "switchoverDelay", "tablespaces", "topologySpreadConstraints", "walStorage",
]);

const isString = (v) => typeof v === "string" && v.length > 0;

function cluster(obj, errors) {
  const spec = obj.spec;
  if (!spec || typeof spec !== "object") return errors.push("spec is required");
  for (const k of Object.keys(spec)) if (!CLUSTER_SPEC_FIELDS.has(k)) errors.push(`unknown field spec.${k}`);
  if (!Number.isInteger(spec.instances) || spec.instances < 1) errors.push("spec.instances must be an integer >= 1");
  if (!spec.storage || !QUANTITY.test(String(spec.storage.size ?? ""))) {
    errors.push("spec.storage.size must be a quantity such as 50Gi");
  }
  const initdb = spec.bootstrap?.initdb;
  if (initdb) {
    for (const k of ["database", "owner"]) if (!isString(initdb[k])) errors.push(`spec.bootstrap.initdb.${k} must be a string`);
    if (initdb.secret && !isString(initdb.secret.name)) errors.push("spec.bootstrap.initdb.secret.name must be a string");
  }
  const roles = spec.managed?.roles ?? [];
  if (!Array.isArray(roles)) errors.push("spec.managed.roles must be a list");
  else roles.forEach((role, i) => {
    if (!isString(role.name)) errors.push(`spec.managed.roles[${i}].name must be a string`);
    if (role.ensure !== undefined && !["present", "absent"].includes(role.ensure)) {
      errors.push(`spec.managed.roles[${i}].ensure must be present or absent`);
    }
    if (role.login !== undefined && typeof role.login !== "boolean") errors.push(`spec.managed.roles[${i}].login must be a boolean`);
    if (role.passwordSecret && !isString(role.passwordSecret.name)) {
      errors.push(`spec.managed.roles[${i}].passwordSecret.name must be a string`);
    }
  });
  const params = spec.postgresql?.parameters ?? {};
  for (const [k, v] of Object.entries(params)) {
    if (typeof v !== "string") errors.push(`spec.postgresql.parameters.${k} must be a string (quote it)`);
  }
}

function database(obj, errors) {
  const spec = obj.spec;
  if (!spec || typeof spec !== "object") return errors.push("spec is required");
  for (const k of ["name", "owner"]) if (!isString(spec[k])) errors.push(`spec.${k} must be a string`);
  if (!isString(spec.cluster?.name)) errors.push("spec.cluster.name must be a string");
  if (spec.ensure !== undefined && !["present", "absent"].includes(spec.ensure)) errors.push("spec.ensure must be present or absent");
  if (spec.databaseReclaimPolicy !== undefined && !["retain", "delete"].includes(spec.databaseReclaimPolicy)) {
    errors.push("spec.databaseReclaimPolicy must be retain or delete");
  }
}

/** Checkers for custom resources, keyed "apiVersion/kind". */
export const CUSTOM_RESOURCES = {
  "postgresql.cnpg.io/v1/Cluster": cluster,
  "postgresql.cnpg.io/v1/Database": database,
};
