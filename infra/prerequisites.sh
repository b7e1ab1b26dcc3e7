# Sourced by infra/run.sh and infra/test.sh: makes sure what the project needs is on the machine.
# - the .NET SDK pinned in global.json (not installed here: it comes with the machine)
# - PostgreSQL's server binaries (initdb, pg_ctl), unless a server is configured
#   (ConnectionStrings__Postgres for the app, ET_TEST_POSTGRES for the tests)

et_have_postgres_binaries() {
  [ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/initdb" ] && return 0
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && return 0
  command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1
}

et_ensure_postgres_binaries() {
  if et_have_postgres_binaries; then return 0; fi
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "PostgreSQL server binaries not found: installing Debian's postgresql package ..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
    # the package starts a cluster of its own on 5432 on some systems; we do not use it
    command -v pg_ctlcluster >/dev/null 2>&1 && pg_ctlcluster --skip-systemctl-redirect 15 main stop >/dev/null 2>&1 || true
    et_have_postgres_binaries && return 0
  fi
  echo "PostgreSQL server binaries (initdb, pg_ctl) are missing. Install them (Debian/Ubuntu: sudo apt-get install postgresql;" >&2
  echo "macOS: brew install postgresql@15), point PG_BIN at their folder, or configure a server (see README, Configuration)." >&2
  return 1
}

# Debian's Chromium for the browser tests (Playwright drives it through its executable path; Playwright's own
# browser download cannot work on our machines). CHROMIUM_PATH points elsewhere if you have one.
et_ensure_chromium() {
  local path="${CHROMIUM_PATH:-/usr/bin/chromium}"
  [ -x "$path" ] && return 0
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Chromium not found: installing Debian's chromium package for the browser tests ..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
    [ -x "$path" ] && return 0
  fi
  echo "The browser tests need Chromium at $path: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
  return 1
}

et_ensure_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "The .NET SDK is missing: install .NET SDK 10 (https://dot.net), then run this again." >&2
    return 1
  fi
}
