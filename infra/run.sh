#!/usr/bin/env bash
# Run EngagementTracker: PostgreSQL provisioned (a local cluster in .local/pgdata unless
# ConnectionStrings__Postgres is set), the seeds replayed into an empty store, the API served.
# Extra arguments go to the app, e.g.  infra/run.sh replay --folder path/to/folder
set -euo pipefail
export ET_CALLER_DIR="$PWD"   # paths you give the commands are relative to here
cd "$(dirname "$0")/.."
source infra/prerequisites.sh
et_ensure_dotnet
[ -n "${ConnectionStrings__Postgres:-}" ] || et_ensure_postgres_binaries
exec dotnet run --project src/EngagementTracker.Api --configuration Release -- "$@"
