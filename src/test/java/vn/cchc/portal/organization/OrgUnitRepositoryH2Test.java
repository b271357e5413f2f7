package vn.cchc.portal.organization;

import vn.cchc.portal.support.UseH2;

/** {@link OrgUnitRepositoryContractTest} on in-memory H2 in PostgreSQL mode. */
@UseH2
class OrgUnitRepositoryH2Test extends OrgUnitRepositoryContractTest {}
