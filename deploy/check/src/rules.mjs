// Rules across the objects of one rendered overlay: references resolve, and every workload meets
// the platform baseline (resources, probes, non-root, read-only root filesystem, no committed secrets).
// Jobs and CronJobs are workloads too, held to the same baseline except probes (they run to completion).

const WORKLOAD_KINDS = new Set(["Deployment", "StatefulSet", "Job", "CronJob"]);
const LONG_RUNNING_KINDS = new Set(["Deployment", "StatefulSet"]);
// Environment variables that hold credentials: their value must come from a Secret, never be written in a manifest.
const CREDENTIAL_ENV = /(TOKEN|PASSWORD|SECRET)$/;
// In-cluster HTTP URLs by Service name (http://ingest-service:8081/...): the name must be a Service with that port.
const SERVICE_URL = /^https?:\/\/([a-z0-9]([-a-z0-9]*[a-z0-9])?)(?::(\d+))?(?:\/.*)?$/;

const matches = (selector, labels) =>
  !!selector && Object.keys(selector).length > 0 &&
  Object.entries(selector).every(([k, v]) => labels?.[k] === v);

const id = (o) => `${o.kind}/${o.metadata?.name}`;

function podOf(w) {
  return (w.kind === "CronJob" ? w.spec?.jobTemplate?.spec?.template : w.spec?.template) ?? {};
}

function containersOf(w) {
  return podOf(w).spec?.containers ?? [];
}

function workloadRules(w, byKindName, errors) {
  const pod = podOf(w).spec ?? {};
  const labels = podOf(w).metadata?.labels;
  const longRunning = LONG_RUNNING_KINDS.has(w.kind);
  // a Job's selector is generated from its own uid unless it sets manualSelector
  if ((longRunning || w.spec?.manualSelector) && !matches(w.spec?.selector?.matchLabels, labels)) {
    errors.push(`${id(w)}: selector does not match its pod labels`);
  }
  if (!longRunning && !["Never", "OnFailure"].includes(pod.restartPolicy)) {
    errors.push(`${id(w)}: restartPolicy must be Never or OnFailure for a ${w.kind}`);
  }
  const volumes = new Set((pod.volumes ?? []).map((v) => v.name));
  for (const v of pod.volumes ?? []) {
    if (v.configMap && !byKindName.has(`ConfigMap/${v.configMap.name}`)) {
      errors.push(`${id(w)}: volume ${v.name} uses ConfigMap ${v.configMap.name}, which is not in the manifests`);
    }
  }
  const claimTemplates = new Set((w.spec?.volumeClaimTemplates ?? []).map((c) => c.metadata?.name));
  for (const c of containersOf(w)) {
    const where = `${id(w)} container ${c.name}`;
    const r = c.resources ?? {};
    if (!r.requests?.cpu || !r.requests?.memory) errors.push(`${where}: resources.requests.cpu and .memory are required`);
    if (!r.limits?.memory) errors.push(`${where}: resources.limits.memory is required`);
    for (const probe of ["startupProbe", "readinessProbe", "livenessProbe"]) {
      if (!c[probe] && longRunning) errors.push(`${where}: ${probe} is required`);
      const port = c[probe]?.httpGet?.port;
      if (typeof port === "string" && !(c.ports ?? []).some((p) => p.name === port)) {
        errors.push(`${where}: ${probe} uses port ${port}, which the container does not declare`);
      }
    }
    const sc = c.securityContext ?? {};
    if ((sc.runAsNonRoot ?? pod.securityContext?.runAsNonRoot) !== true) errors.push(`${where}: must run as non-root (runAsNonRoot: true)`);
    if (sc.allowPrivilegeEscalation !== false) errors.push(`${where}: allowPrivilegeEscalation must be false`);
    if (sc.readOnlyRootFilesystem !== true) errors.push(`${where}: readOnlyRootFilesystem must be true`);
    if (!(sc.capabilities?.drop ?? []).includes("ALL")) errors.push(`${where}: capabilities.drop must include ALL`);
    for (const m of c.volumeMounts ?? []) {
      if (!volumes.has(m.name) && !claimTemplates.has(m.name)) errors.push(`${where}: volumeMount ${m.name} has no volume`);
    }
    for (const from of c.envFrom ?? []) {
      const name = from.configMapRef?.name;
      if (name && !byKindName.has(`ConfigMap/${name}`)) errors.push(`${where}: envFrom ConfigMap ${name} is not in the manifests`);
    }
    for (const e of c.env ?? []) {
      if (CREDENTIAL_ENV.test(e.name) && !e.valueFrom?.secretKeyRef) {
        errors.push(`${where}: env ${e.name} must come from a Secret (valueFrom.secretKeyRef), not be written in the manifest`);
      }
      const ref = e.valueFrom?.configMapKeyRef;
      if (ref) {
        const cm = byKindName.get(`ConfigMap/${ref.name}`);
        if (!cm || !(ref.key in (cm.data ?? {}))) errors.push(`${where}: env ${e.name} uses missing ConfigMap key ${ref.name}/${ref.key}`);
      }
    }
  }
}

/** Every http(s) URL whose host is a bare name (a Service of the same namespace) must name a Service and its port. */
function serviceUrlRules(o, byKindName, errors) {
  const values = [];
  if (o.kind === "ConfigMap") values.push(...Object.values(o.data ?? {}));
  if (WORKLOAD_KINDS.has(o.kind)) {
    for (const c of containersOf(o)) {
      values.push(...(c.args ?? []), ...(c.command ?? []), ...(c.env ?? []).map((e) => e.value).filter((v) => v !== undefined));
    }
  }
  for (const value of values) {
    const m = SERVICE_URL.exec(String(value));
    if (!m) continue;
    const service = byKindName.get(`Service/${m[1]}`);
    const port = Number(m[3] ?? (String(value).startsWith("https") ? 443 : 80));
    if (!service) errors.push(`${id(o)}: ${value} names Service ${m[1]}, which is not in the manifests`);
    else if (!(service.spec?.ports ?? []).some((p) => p.port === port)) {
      errors.push(`${id(o)}: ${value}: Service ${m[1]} has no port ${port}`);
    }
  }
}

/** Cross-object and baseline errors of one rendered overlay, plus the Secrets it expects to exist. */
export function checkRules(objects) {
  const errors = [];
  const byKindName = new Map();
  for (const o of objects) {
    const key = id(o);
    if (byKindName.has(key)) errors.push(`${key}: defined twice`);
    byKindName.set(key, o);
  }
  const workloads = objects.filter((o) => WORKLOAD_KINDS.has(o.kind));
  const podsMatching = (selector) => workloads.filter((w) => matches(selector, podOf(w).metadata?.labels));
  const secrets = new Set();

  for (const o of objects) {
    if (o.kind === "Secret") errors.push(`${id(o)}: Secret values must not be committed; reference a Secret created outside git`);
    if (WORKLOAD_KINDS.has(o.kind)) workloadRules(o, byKindName, errors);
    serviceUrlRules(o, byKindName, errors);
    if (WORKLOAD_KINDS.has(o.kind)) {
      for (const c of containersOf(o)) for (const e of c.env ?? []) if (e.valueFrom?.secretKeyRef) secrets.add(e.valueFrom.secretKeyRef.name);
      for (const v of podOf(o).spec?.volumes ?? []) if (v.secret?.secretName) secrets.add(v.secret.secretName);
    }
    if (o.kind === "Service" && o.spec?.selector) {
      const targets = podsMatching(o.spec.selector);
      if (targets.length === 0) errors.push(`${id(o)}: selector matches no Deployment, StatefulSet or Job`);
      for (const p of o.spec.ports ?? []) {
        if (typeof p.targetPort === "string" &&
            !targets.some((w) => containersOf(w).some((c) => (c.ports ?? []).some((cp) => cp.name === p.targetPort)))) {
          errors.push(`${id(o)}: targetPort ${p.targetPort} is not a named port of the selected pods`);
        }
      }
    }
    if (o.kind === "HorizontalPodAutoscaler") {
      const t = o.spec?.scaleTargetRef ?? {};
      const target = byKindName.get(`${t.kind}/${t.name}`);
      if (!target) errors.push(`${id(o)}: scaleTargetRef ${t.kind}/${t.name} is not in the manifests`);
      else if (target.spec?.replicas !== undefined) {
        errors.push(`${id(o)}: ${t.kind}/${t.name} sets spec.replicas, which fights the autoscaler on every apply`);
      }
      if ((o.spec?.minReplicas ?? 1) > o.spec?.maxReplicas) errors.push(`${id(o)}: minReplicas exceeds maxReplicas`);
    }
    if (o.kind === "PodDisruptionBudget" && podsMatching(o.spec?.selector?.matchLabels).length === 0) {
      errors.push(`${id(o)}: selector matches no Deployment, StatefulSet or Job`);
    }
    if (o.kind === "NetworkPolicy" && podsMatching(o.spec?.podSelector?.matchLabels).length === 0) {
      errors.push(`${id(o)}: podSelector matches no Deployment, StatefulSet or Job`);
    }
    if (o.kind === "Ingress") {
      for (const rule of o.spec?.rules ?? []) for (const p of rule.http?.paths ?? []) {
        const svc = p.backend?.service;
        const target = svc && byKindName.get(`Service/${svc.name}`);
        if (!target) errors.push(`${id(o)}: backend Service ${svc?.name} is not in the manifests`);
        else if (!(target.spec?.ports ?? []).some((sp) => sp.name === svc.port?.name || sp.port === svc.port?.number)) {
          errors.push(`${id(o)}: backend Service ${svc.name} has no port ${svc.port?.name ?? svc.port?.number}`);
        }
      }
      for (const tls of o.spec?.tls ?? []) if (tls.secretName) secrets.add(tls.secretName);
    }
    if (o.kind === "Cluster" && o.apiVersion === "postgresql.cnpg.io/v1") {
      const s = o.spec ?? {};
      if (s.bootstrap?.initdb?.secret?.name) secrets.add(s.bootstrap.initdb.secret.name);
      for (const r of s.managed?.roles ?? []) if (r.passwordSecret?.name) secrets.add(r.passwordSecret.name);
    }
  }
  return { errors, secrets: [...secrets].sort() };
}
