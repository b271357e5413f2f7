#!/usr/bin/env bash
# Restores a backup made by backup.sh into a NEW database and starts the CCHC Portal on it.
#
#   restore.sh DUMP NEW_DATABASE [--no-start] [application arguments…]
#
# 1. creates NEW_DATABASE (it must not exist: a restore never touches the database it came from);
# 2. restores DUMP into it in one transaction (any error: nothing is left half restored, the script stops);
# 3. prints the row count of every table;
# 4. unless --no-start: starts the application (the postgres profile) on the new database, in the foreground.
#    Flyway finds the schema up to date; users sign in with their usual passwords; evidence downloads work, since
#    the files are in the database.
#
# Connection: libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD) for a role that may create databases. The
# application connects as CCHC_DB_USER / CCHC_DB_PASSWORD (default: PGUSER / PGPASSWORD), which then owns the new
# database. Application: CCHC_JAR (default /opt/cchc-portal/cchc-portal.jar), JAVA_HOME or java on the PATH, PORT.
set -euo pipefail

if (($# < 2)); then
  sed -n '2,16p' "$0" >&2
  exit 2
fi
dump=$1
database=$2
shift 2
start=1
if [[ ${1:-} == --no-start ]]; then
  start=0
  shift
fi
[[ -r $dump ]] || { echo "restore: cannot read $dump" >&2; exit 1; }
[[ $database =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "restore: database name must be lower case letters, digits, _" >&2; exit 1; }

host=${PGHOST:-localhost}
port=${PGPORT:-5432}
app_user=${CCHC_DB_USER:-${PGUSER:-$(id -un)}}
app_password=${CCHC_DB_PASSWORD:-${PGPASSWORD:-}}

if psql -X -d postgres -Atc "select 1 from pg_database where datname = '$database'" | grep -q 1; then
  echo "restore: database $database exists already; choose a new name" >&2
  exit 1
fi
createdb --template=template0 --encoding=UTF8 --owner="$app_user" "$database"
echo "restore: created database $database"
PGOPTIONS='--client-min-messages=warning' pg_restore --exit-on-error --single-transaction --no-owner \
  --no-privileges --role="$app_user" --dbname="$database" "$dump"
echo "restore: restored $dump"

psql -X -d "$database" -At -F ' ' -v ON_ERROR_STOP=1 <<'SQL'
create temporary table restore_counts (table_name text, row_count bigint);
do $$
declare t record;
begin
  for t in select tablename from pg_tables where schemaname = 'public' order by tablename loop
    execute format('insert into restore_counts select %L, count(*) from public.%I', t.tablename, t.tablename);
  end loop;
end $$;
select 'rows ' || table_name || ' ' || row_count from restore_counts order by table_name;
SQL

if ((start == 0)); then
  exit 0
fi
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jar=${CCHC_JAR:-/opt/cchc-portal/cchc-portal.jar}
echo "restore: starting $jar on $database"
export CCHC_DB_URL="jdbc:postgresql://$host:$port/$database"
export CCHC_DB_USER="$app_user"
export CCHC_DB_PASSWORD="$app_password"
exec "$java" ${JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=postgres "$@"
