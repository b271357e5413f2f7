package vn.cchc.portal;

import vn.cchc.portal.support.UsePostgres;

/** {@link ConnectionRecyclingContractTest} on a fresh database of the embedded PostgreSQL server. */
@UsePostgres
class ConnectionRecyclingPostgresTest extends ConnectionRecyclingContractTest {

    @Override
    String openSessionsQuery() {
        return "select pid from pg_stat_activity where datname = current_database()";
    }
}
