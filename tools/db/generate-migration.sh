#!/usr/bin/env bash
# Generates a migration for one service from the difference between its entities and a
# scratch database migrated to the latest committed state. Usage:
#   tools/db/generate-migration.sh <service> <kebab-name>
set -euo pipefail
service=$1 name=$2
server=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}
db="scratch_${service}_$$"
psql "$server" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
trap 'psql "$server" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)"' EXIT
export DATABASE_NAME=$db TS_NODE_TRANSPILE_ONLY=true TS_NODE_PROJECT=apps/$service/tsconfig.json
node -r ts-node/register -r ./tools/db/register-paths.js node_modules/typeorm/cli.js \
  migration:run -d "apps/$service/src/data-source.ts" >/dev/null
node -r ts-node/register -r ./tools/db/register-paths.js node_modules/typeorm/cli.js \
  migration:generate -d "apps/$service/src/data-source.ts" --pretty "apps/$service/src/migrations/$name"
