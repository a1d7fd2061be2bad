#!/usr/bin/env bash
# Prepares a fresh machine for the full test suite (./parley test calls it; idempotent). Beyond the JDK it needs
# Node.js/npm, and root for apt-get where a tool is missing:
#   - a kustomize renderer for the manifest check (deploy/check/setup.sh: Debian's kubernetes-client);
#   - Debian's chromium for the explorer's browser test;
#   - the npm packages of the explorer's browser test (npm ci, from its lock file); the federation composer's are
#     installed by the system test that uses them.
set -euo pipefail
cd "$(dirname "$0")/.."

bash deploy/check/setup.sh

if [ ! -x /usr/bin/chromium ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends chromium
fi

(cd gateway/src/test/browser && npm ci --no-audit --no-fund --loglevel=error)
