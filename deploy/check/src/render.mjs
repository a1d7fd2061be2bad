// Renders a kustomization directory to YAML with whichever kustomize this machine has.
import { spawnSync } from "node:child_process";

/** The renderer command: $KUSTOMIZE_CMD, else a standalone kustomize, else kubectl's built-in one. */
export function findRenderer() {
  if (process.env.KUSTOMIZE_CMD) {
    const [cmd, ...args] = process.env.KUSTOMIZE_CMD.split(/\s+/);
    return { cmd, args, label: process.env.KUSTOMIZE_CMD };
  }
  for (const candidate of [
    { cmd: "kustomize", args: ["build"], label: "kustomize build" },
    { cmd: "kubectl", args: ["kustomize"], label: "kubectl kustomize" },
  ]) {
    const probe = spawnSync(candidate.cmd, ["version", ...(candidate.cmd === "kubectl" ? ["--client"] : [])], {
      encoding: "utf8",
    });
    if (probe.status === 0) return { ...candidate, version: probe.stdout.trim().split("\n").join("; ") };
  }
  throw new Error(
    "neither kustomize nor kubectl is on PATH: run deploy/check/setup.sh (installs Debian's kubernetes-client)",
  );
}

/** Renders `dir`; returns the YAML text or throws with kustomize's own error message. */
export function render(dir, renderer = findRenderer()) {
  const result = spawnSync(renderer.cmd, [...renderer.args, dir], { encoding: "utf8", maxBuffer: 64 << 20 });
  if (result.error) throw new Error(`${renderer.label} ${dir}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`${renderer.label} ${dir} failed: ${(result.stderr || result.stdout).trim()}`);
  }
  return result.stdout;
}
