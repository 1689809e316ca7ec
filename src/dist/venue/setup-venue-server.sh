#!/bin/sh
# Sets up a venue's PostgreSQL server for Huiwu (README, "Venue mode"; decision 0030). Run on the server as a
# user who may use sudo. Usage: setup-venue-server.sh DATABASE [--supervisor NAME]... [--attendant NAME]...
# Needs the app's launcher `huiwu` (or set HUIWU="java -jar /path/huiwu.jar"). The administrator's password
# is asked (or taken from HUIWU_DB_PASSWORD); each new login's password is printed once.
set -eu
database="${1:?usage: setup-venue-server.sh DATABASE [--supervisor NAME]... [--attendant NAME]...}"
shift
port="${PGPORT:-5432}"
huiwu="${HUIWU:-huiwu}"
if ! sudo -u postgres psql -p "$port" -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1; then
  sudo -u postgres createdb -p "$port" "$database"
fi
if [ -z "${HUIWU_DB_PASSWORD:-}" ]; then
  echo "A password for the PostgreSQL administrator 'postgres' is needed (it is set now if it has none):" >&2
  stty -echo; read -r HUIWU_DB_PASSWORD; stty echo; echo >&2
  sudo -u postgres psql -p "$port" -qc "ALTER ROLE postgres PASSWORD '$(printf %s "$HUIWU_DB_PASSWORD" | sed "s/'/''/g")'"
  export HUIWU_DB_PASSWORD
fi
$huiwu venue-setup --db-url "jdbc:postgresql://127.0.0.1:$port/$database" --db-user postgres "$@"
