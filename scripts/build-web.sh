#!/usr/bin/env bash
# Builds the GraphiQL IDE the API serves at /graphql and the explorer at / and /explore from web/ (npm packages from the lock file;
# nothing is fetched from a CDN at run time). Does nothing when web/dist is up to date.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
web="$root/web"
[[ -f "$web/package-lock.json" ]] || exit 0
if [[ ! -d "$web/node_modules" || "$web/package-lock.json" -nt "$web/node_modules/.package-lock.json" ]]; then
  (cd "$web" && npm ci --no-audit --no-fund --loglevel=error)
fi
if [[ ! -f "$web/dist/graphiql.js" || ! -f "$web/dist/explorer/explorer.js" || "$web/node_modules/.package-lock.json" -nt "$web/dist/graphiql.js" || -n "$(find "$web/src" "$web/build.mjs" -newer "$web/dist/graphiql.js" 2>/dev/null)" ]]; then
  (cd "$web" && npm run --silent build)
fi
