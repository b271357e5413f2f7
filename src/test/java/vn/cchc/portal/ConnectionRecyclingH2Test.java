package vn.cchc.portal;

import vn.cchc.portal.support.UseH2;

/** {@link ConnectionRecyclingContractTest} on a fresh in-memory H2 database in PostgreSQL mode. */
@UseH2
class ConnectionRecyclingH2Test extends ConnectionRecyclingContractTest {

    @Override
    String openSessionsQuery() {
        return "select session_id from information_schema.sessions";
    }
}
