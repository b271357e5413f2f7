package vn.cchc.portal.audit;

import vn.cchc.portal.support.H2TestDatabase;

/** {@link AuditMigrationContractTest} on H2 in the application's compatibility mode. */
class AuditMigrationH2Test extends AuditMigrationContractTest {

    @Override
    String[] newDatabase() {
        return new String[] {H2TestDatabase.newUrl(), "sa", ""};
    }
}
