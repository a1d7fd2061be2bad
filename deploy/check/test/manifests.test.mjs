// Renders the real overlays and the broken fixtures with the machine's kustomize and checks what the
// manifest check reports. Nothing is mocked: the same renderer and schemas as `npm run check`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkDirectory, validateObject } from "../src/check.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const deploy = path.resolve(here, "../..");
const overlay = (name) => path.join(deploy, "overlays", name);
const cli = path.resolve(here, "../src/cli.mjs");

// Each overlay is rendered once and shared by the tests that read it.
const rendered = new Map();
const checked = (name) => {
  if (!rendered.has(name)) rendered.set(name, checkDirectory(overlay(name)));
  return rendered.get(name);
};

const find = (objects, kind, name) => objects.find((o) => o.kind === kind && o.metadata.name === name);

for (const name of ["dev", "prod"]) {
  test(`overlay ${name} renders and every object validates`, async () => {
    const r = await checked(name);
    assert.deepEqual(r.errors, []);
    assert.equal(r.counts.none, 0, "every object was validated by a schema or a custom-resource check");
    for (const [kind, n] of [["Deployment", 3], ["Service", 3], ["HorizontalPodAutoscaler", 2], ["NetworkPolicy", 3], ["Ingress", 1]]) {
      assert.ok(r.objects.filter((o) => o.kind === kind).length >= n, `${name} has at least ${n} ${kind}`);
    }
    assert.deepEqual(
      r.objects.filter((o) => o.kind === "HorizontalPodAutoscaler").map((o) => o.spec.scaleTargetRef.name).sort(),
      ["gateway", "ingest-service"],
    );
    for (const w of ["ingest-service", "entity-service", "gateway"]) {
      assert.ok(find(r.objects, "PodDisruptionBudget", w), `${name} has a PodDisruptionBudget for ${w}`);
    }
  });
}

test("prod runs PostgreSQL as a CloudNativePG cluster with a database and credentials per service", async () => {
  const r = await checked("prod");
  const cluster = find(r.objects, "Cluster", "parley-db");
  assert.equal(cluster.apiVersion, "postgresql.cnpg.io/v1");
  assert.ok(cluster.spec.instances >= 3);
  assert.deepEqual(cluster.spec.bootstrap.initdb, { database: "parley_ingest", owner: "parley_ingest", secret: { name: "parley-ingest-db" } });
  assert.deepEqual(cluster.spec.managed.roles.map((x) => [x.name, x.passwordSecret.name]), [["parley_entity", "parley-entity-db"]]);
  const db = find(r.objects, "Database", "parley-entity");
  assert.deepEqual([db.spec.name, db.spec.owner, db.spec.cluster.name], ["parley_entity", "parley_entity", "parley-db"]);
  // The services log in with the same Secrets the operator uses for their roles.
  const secretOf = (deployment) => find(r.objects, "Deployment", deployment).spec.template.spec.containers[0].env
    .find((e) => e.name === "QUARKUS_DATASOURCE_PASSWORD").valueFrom.secretKeyRef.name;
  assert.equal(secretOf("ingest-service"), "parley-ingest-db");
  assert.equal(secretOf("entity-service"), "parley-entity-db");
  assert.ok(!r.objects.some((o) => o.kind === "Secret"), "no Secret is committed");
});

test("every service reads the write tokens from the Secret parley-write-token, mounted so a rotation needs no restart", async () => {
  for (const name of ["dev", "prod"]) {
    const r = await checked(name);
    for (const d of ["gateway", "ingest-service", "entity-service"]) {
      const pod = find(r.objects, "Deployment", d).spec.template.spec;
      const container = pod.containers[0];
      assert.ok(!container.env.some((e) => e.name === "PARLEY_AUTH_TOKEN"), `${name}: ${d} takes no token from the environment`);
      const dir = container.env.find((e) => e.name === "PARLEY_AUTH_TOKEN_DIR")?.value;
      const mount = container.volumeMounts.find((m) => m.mountPath === dir);
      assert.ok(mount?.readOnly, `${name}: ${d} mounts ${dir} read-only`);
      const volume = pod.volumes.find((v) => v.name === mount.name);
      assert.equal(volume?.secret?.secretName, "parley-write-token", `${name}: ${d}`);
      assert.equal(volume.secret.defaultMode & 0o044, 0o040, `${name}: ${d}: readable by the group only`);
      assert.equal(pod.securityContext.fsGroup, pod.securityContext.runAsGroup, `${name}: ${d}: the group is the pod's`);
    }
    assert.ok(r.secrets.includes("parley-write-token"), `${name} lists parley-write-token among the Secrets it expects`);
  }
});

test("every Java container exits when its heap runs out (-XX:+ExitOnOutOfMemoryError), so Kubernetes restarts it", async () => {
  for (const name of ["dev", "prod"]) {
    const r = await checked(name);
    for (const d of ["gateway", "ingest-service", "entity-service"]) {
      const c = find(r.objects, "Deployment", d).spec.template.spec.containers[0];
      const options = c.env.find((e) => e.name === "JDK_JAVA_OPTIONS")?.value ?? "";
      assert.ok(options.split(/\s+/).includes("-XX:+ExitOnOutOfMemoryError"), `${name}: ${d}: JDK_JAVA_OPTIONS is '${options}'`);
    }
  }
});

test("network policies: only the gateway takes outside traffic; entity only from gateway and ingest; ingest only from gateway", async () => {
  const r = await checked("prod");
  const sources = (policy) => find(r.objects, "NetworkPolicy", policy).spec.ingress.flatMap((rule) => rule.from).map((peer) =>
    peer.podSelector ? `pod:${peer.podSelector.matchLabels["app.kubernetes.io/name"]}`
      : `ns:${peer.namespaceSelector.matchLabels["kubernetes.io/metadata.name"]}`);
  assert.deepEqual(sources("gateway").sort(), ["ns:ingress-nginx", "ns:monitoring"]);
  assert.deepEqual(sources("entity-service").sort(), ["ns:monitoring", "pod:gateway", "pod:ingest-service"]);
  assert.deepEqual(sources("ingest-service").sort(), ["ns:monitoring", "pod:gateway"]);
  for (const p of ["gateway", "ingest-service", "entity-service"]) {
    assert.deepEqual(find(r.objects, "NetworkPolicy", p).spec.policyTypes, ["Ingress", "Egress"]);
  }
  const ingress = find(r.objects, "Ingress", "gateway");
  assert.deepEqual(ingress.spec.rules.flatMap((x) => x.http.paths.map((p) => p.backend.service.name)), ["gateway"]);
});

test("ingest is ready only after its models load, with a startup budget well above the 20 s model load", async () => {
  const r = await checked("prod");
  const c = find(r.objects, "Deployment", "ingest-service").spec.template.spec.containers[0];
  assert.equal(c.readinessProbe.httpGet.path, "/q/health/ready");
  assert.equal(c.startupProbe.httpGet.path, "/q/health/started");
  assert.ok(c.startupProbe.periodSeconds * c.startupProbe.failureThreshold >= 120);
});

const mebibytes = (q) => {
  const m = /^(\d+)(Mi|Gi)$/.exec(q);
  assert.ok(m, `memory limit ${q} is in Mi or Gi`);
  return Number(m[1]) * (m[2] === "Gi" ? 1024 : 1);
};

for (const name of ["dev", "prod"]) {
  test(`overlay ${name}: ingest's heap (memory limit x JAVA_MAX_MEM_RATIO) fits CoreNLP's 1200 MiB and leaves room`, async () => {
    const r = await checked(name);
    const c = find(r.objects, "Deployment", "ingest-service").spec.template.spec.containers[0];
    const limit = mebibytes(c.resources.limits.memory);
    const heap = limit * Number(c.env.find((e) => e.name === "JAVA_MAX_MEM_RATIO").value) / 100;
    assert.ok(heap >= 1200, `heap ${heap} MiB`);
    assert.ok(limit - heap >= 400, `non-heap room ${limit - heap} MiB`);
  });
}

for (const name of ["dev", "prod"]) {
  test(`overlay ${name}: the gateway runs as measured, a 128 MiB heap with the serial collector`, async () => {
    const r = await checked(name);
    const c = find(r.objects, "Deployment", "gateway").spec.template.spec.containers[0];
    const env = (key) => c.env.find((e) => e.name === key)?.value;
    const limit = mebibytes(c.resources.limits.memory);
    assert.equal(limit * Number(env("JAVA_MAX_MEM_RATIO")) / 100, 128);
    assert.equal(env("GC_CONTAINER_OPTIONS"), "-XX:+UseSerialGC");
    assert.ok(limit >= 300, `memory limit ${limit} MiB leaves room for RSS of about 210 MB`);
  });
}

test("the check fails on a deliberately broken overlay and names each mistake", () => {
  const run = spawnSync(process.execPath, [cli, path.join(here, "fixtures/broken")], { encoding: "utf8" });
  assert.equal(run.status, 1, run.stdout + run.stderr);
  for (const expected of [
    "Deployment/broken-worker: /spec/template/spec/containers/0/ports/0/containerPort must be integer",
    'Deployment/broken-worker: /spec/template/spec/containers/0/resources/limits/memory must match format "quantity"',
    "Deployment/ingest-service: unknown field spec.template.spec.containers[0].readinesProbe",
    "NetworkPolicies/extra: no schema for networking.k8s.io/v1 NetworkPolicies",
    "NetworkPolicy/broken-worker: unknown field spec.ingress[0].from[0].podSelector.matchLabel",
    "Cluster/parley-db (postgresql.cnpg.io/v1): unknown field spec.instance",
    "Cluster/parley-db (postgresql.cnpg.io/v1): spec.instances must be an integer >= 1",
    "Cluster/parley-db (postgresql.cnpg.io/v1): spec.storage.size must be a quantity",
    "Secret/parley-ingest-db: Secret values must not be committed",
    "Service/broken-worker: targetPort web is not a named port of the selected pods",
    "Deployment/broken-worker container worker: startupProbe is required",
    "Deployment/broken-worker container worker: must run as non-root",
    "Deployment/broken-worker container worker: readOnlyRootFilesystem must be true",
    "HorizontalPodAutoscaler/ingest-service: Deployment/ingest-service sets spec.replicas",
    "Job/broken-import: restartPolicy must be Never or OnFailure for a Job",
    "Job/broken-import container import: resources.requests.cpu and .memory are required",
    "Job/broken-import container import: resources.limits.memory is required",
    "Job/broken-import container import: must run as non-root",
    "Job/broken-import container import: readOnlyRootFilesystem must be true",
    "Job/broken-import container import: env PARLEY_TOKEN must come from a Secret",
    "Job/broken-import: http://ingest-svc:8081 names Service ingest-svc, which is not in the manifests",
  ]) {
    assert.ok(run.stdout.includes(`ERROR ${expected}`), `expected error: ${expected}\n--- output:\n${run.stdout}`);
  }
  assert.ok(!run.stdout.includes("Job/broken-import container import: startupProbe"), "a Job needs no probes");
  assert.match(run.stdout, /manifest check FAILED for 1 of 1/);
});

test("the check fails when an overlay does not render", () => {
  const run = spawnSync(process.execPath, [cli, path.join(here, "fixtures/unrenderable")], { encoding: "utf8" });
  assert.equal(run.status, 1);
  assert.match(run.stdout, /ERROR .*kustomize.*unrenderable.*missing\.yaml/s);
});

test("the check passes the real overlays through the command line", () => {
  const run = spawnSync(process.execPath, [cli], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /manifest check passed for 4/);
  assert.match(run.stdout, /jobs\/import with \.\.\/overlays\/prod: 4 objects/);
});

const jobs = path.join(deploy, "jobs");

for (const name of ["dev", "prod"]) {
  test(`the import Job, applied next to overlay ${name}, meets the workload baseline and reaches ingest-service with the write token`, async () => {
    const context = (await checked(name)).objects;
    const r = await checkDirectory(path.join(jobs, "import"), undefined, context);
    assert.deepEqual(r.errors, []);
    assert.equal(r.counts.none, 0);
    assert.deepEqual(r.secrets, ["parley-write-token"]);
    const job = find(r.objects, "Job", "parley-import");
    const pod = job.spec.template.spec;
    assert.equal(pod.restartPolicy, "Never");
    assert.ok(job.spec.backoffLimit >= 1, "a failed run is retried; the state file skips what it got in");
    const c = pod.containers[0];
    assert.equal(c.image, "registry.example.com/parley/launcher:0.1.0");
    assert.deepEqual(c.env.find((e) => e.name === "PARLEY_TOKEN").valueFrom.secretKeyRef, { name: "parley-write-token", key: "token" });
    assert.ok(c.env.find((e) => e.name === "JDK_JAVA_OPTIONS").value.split(/\s+/).includes("-XX:+ExitOnOutOfMemoryError"));
    // the Service the URL names is ingest-service's, on its port
    const url = new URL(c.args[c.args.indexOf("--url") + 1]);
    const service = find(context, "Service", url.hostname);
    assert.equal(service?.spec.selector["app.kubernetes.io/name"], "ingest-service");
    assert.ok(service.spec.ports.some((p) => p.port === Number(url.port)));
    // the articles are mounted read-only; the state and report go to a claim that outlives the pod
    const mount = (at) => c.volumeMounts.find((m) => m.mountPath === at);
    assert.ok(mount("/articles").readOnly);
    const work = pod.volumes.find((v) => v.name === mount("/work").name);
    assert.ok(find(r.objects, "PersistentVolumeClaim", work.persistentVolumeClaim.claimName));
    // ingest-service lets the Job's pods in; they may reach nothing else but DNS
    const into = find(r.objects, "NetworkPolicy", "ingest-service-from-import");
    assert.equal(into.spec.podSelector.matchLabels["app.kubernetes.io/name"], "ingest-service");
    assert.deepEqual(into.spec.ingress[0].from, [{ podSelector: { matchLabels: { "app.kubernetes.io/name": "parley-import" } } }]);
    const own = find(r.objects, "NetworkPolicy", "parley-import");
    assert.deepEqual(own.spec.policyTypes, ["Ingress", "Egress"]);
    assert.equal(own.spec.ingress, undefined, "no traffic in");
  });
}

test("single objects: a Deployment without containers and a Database without owner are rejected", async () => {
  const deployment = await validateObject({
    apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "d" },
    spec: { selector: { matchLabels: { a: "b" } }, template: { metadata: { labels: { a: "b" } }, spec: {} } },
  });
  assert.equal(deployment.how, "schema");
  assert.ok(deployment.errors.some((e) => e.includes("must have required property containers")), deployment.errors.join("\n"));
  const database = await validateObject({
    apiVersion: "postgresql.cnpg.io/v1", kind: "Database", metadata: { name: "x" }, spec: { name: "x", cluster: { name: "c" } },
  });
  assert.deepEqual(database.errors, ["Database/x (postgresql.cnpg.io/v1): spec.owner must be a string"]);
  const nameless = await validateObject({ apiVersion: "v1", kind: "ConfigMap", metadata: {} });
  assert.deepEqual(nameless.errors, ["ConfigMap/?: metadata.name is required"]);
});
