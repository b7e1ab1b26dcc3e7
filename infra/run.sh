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
# The long-running and bulk commands (serving, eval, the benchmarks) run the framework's code JIT-compiled with profile
# guidance instead of its precompiled (ReadyToRun) code: 1.3 to 1.5 times the extraction throughput once warm, for about
# 1.7 s more start-up, which the one-shot commands (keys, view, replay, …) are spared. Set DOTNET_ReadyToRun yourself to choose.
jit=()
case "${1:-}" in
  ""|eval|benchextract|bench) [ -n "${DOTNET_ReadyToRun:-}" ] || jit=(-e DOTNET_ReadyToRun=0) ;;
esac
exec dotnet run --project src/EngagementTracker.Api --configuration Release "${jit[@]}" -- "$@"
