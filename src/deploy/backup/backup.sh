#!/usr/bin/env bash
# Backs up the CCHC Portal database: every table, evidence files included (they are rows since issue 16), in
# pg_dump's custom format, while the nodes keep running (pg_dump reads one consistent snapshot).
#
#   backup.sh [DATABASE] [OUTPUT]      DATABASE defaults to $PGDATABASE or cchc,
#                                      OUTPUT to cchc-<database>-<UTC time>.dump in the current folder
#
# Connection: the usual libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD or ~/.pgpass). pg_dump must be of the
# server's major version or newer (Debian: postgresql-client-NN).
set -euo pipefail

database=${1:-${PGDATABASE:-cchc}}
output=${2:-cchc-$database-$(date -u +%Y%m%dT%H%M%SZ).dump}

pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="$output.part" "$database"
pg_restore --list "$output.part" >/dev/null     # the archive is complete and readable
mv "$output.part" "$output"
echo "$output"
