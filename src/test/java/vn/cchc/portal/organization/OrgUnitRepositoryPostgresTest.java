package vn.cchc.portal.organization;

import vn.cchc.portal.support.UsePostgres;

/** {@link OrgUnitRepositoryContractTest} on a real (embedded) PostgreSQL. */
@UsePostgres
class OrgUnitRepositoryPostgresTest extends OrgUnitRepositoryContractTest {}
