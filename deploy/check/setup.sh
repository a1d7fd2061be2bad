#!/usr/bin/env bash
# Makes sure this machine can render kustomize overlays offline. Idempotent; needs root for apt-get.
# CI (.ci/run) calls it before `./mvnw -B verify`. A machine that already has kubectl or kustomize is left alone.
set -euo pipefail

if command -v kustomize >/dev/null 2>&1 || { command -v kubectl >/dev/null 2>&1 && kubectl kustomize --help >/dev/null 2>&1; }; then
  echo "deploy/check/setup.sh: kustomize renderer present ($(command -v kustomize || command -v kubectl))"
  exit 0
fi

# Debian's kubernetes-client ships kubectl 1.20 with kustomize v2.0.3 built in; the manifests keep to its syntax.
export DEBIAN_FRONTEND=noninteractive
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends kubernetes-client
kubectl version --client
