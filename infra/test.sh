#!/usr/bin/env bash
# Build and run every test against real PostgreSQL: ET_TEST_POSTGRES if set, else Testcontainers
# when Docker answers, else a throwaway cluster from the installed PostgreSQL binaries. The browser
# tests drive Debian's Chromium; their screenshots land in artifacts/screenshots/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/prerequisites.sh
et_ensure_dotnet
[ -n "${ET_TEST_POSTGRES:-}" ] || et_ensure_postgres_binaries || echo "(continuing: the tests will say what they lack)" >&2
et_ensure_chromium || echo "(continuing: the browser tests will fail and say what they lack)" >&2

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test EngagementTracker.sln --configuration Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# one closing line that any reader of CI logs understands
summary=$(grep -E "^(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+" "$log" \
  | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {if (NR) printf "%d passed, %d failed, %d skipped", p, f, s}')
if [ -n "$summary" ]; then echo "tests: $summary"; else echo "tests: no test result found" >&2; [ "$status" -ne 0 ] || status=1; fi
exit "$status"
