package vn.cchc.portal.criterion;

import vn.cchc.portal.support.UseH2;

/** {@link CriterionRepositoryContractTest} on in-memory H2 in PostgreSQL mode. */
@UseH2
class CriterionRepositoryH2Test extends CriterionRepositoryContractTest {}
