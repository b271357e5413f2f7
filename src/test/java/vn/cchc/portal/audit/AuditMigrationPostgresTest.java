package vn.cchc.portal.audit;

import vn.cchc.portal.support.EmbeddedPostgres;

/** {@link AuditMigrationContractTest} on a real (embedded) PostgreSQL. */
class AuditMigrationPostgresTest extends AuditMigrationContractTest {

    @Override
    String[] newDatabase() {
        return new String[] {EmbeddedPostgres.createDatabase(), EmbeddedPostgres.USER, ""};
    }
}
