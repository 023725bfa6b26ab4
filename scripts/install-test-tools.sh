#!/usr/bin/env bash
# Installs what the test run needs beyond the prerequisites: Debian packages and pinned npm packages.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
need_apt=()
command -v java >/dev/null || need_apt+=(openjdk-17-jdk-headless)
command -v javac >/dev/null || need_apt+=(openjdk-17-jdk-headless)
command -v node >/dev/null || need_apt+=(nodejs npm)
if ((${#need_apt[@]})); then
  if [[ $(id -u) == 0 ]]; then apt-get update -qq && apt-get install -y -qq "${need_apt[@]}"; else sudo apt-get update -qq && sudo apt-get install -y -qq "${need_apt[@]}"; fi
fi
# Every npm package folder of the project installs from its own lock file.
for lock in "$root"/tests/conformance/*/package-lock.json; do
  dir=$(dirname "$lock")
  if [[ -f "$lock" ]]; then
    if [[ ! -d "$dir/node_modules" || "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]]; then
      (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    fi
  fi
done
# The GraphiQL IDE (/graphql) and the plan explorer (/, /explore) are bundled from web/ (offline: no CDN at run time).
bash "$root/scripts/build-web.sh"
# Headless Chromium for the IDE and explorer tests (Playwright drives it through its executable path; no browser download).
if ! command -v chromium >/dev/null; then
  if [[ $(id -u) == 0 ]]; then apt-get update -qq && apt-get install -y -qq chromium; else sudo apt-get update -qq && sudo apt-get install -y -qq chromium; fi
fi
