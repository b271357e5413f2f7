package vn.cchc.portal.criterion;

import vn.cchc.portal.support.UsePostgres;

/** {@link CriterionRepositoryContractTest} on a real (embedded) PostgreSQL. */
@UsePostgres
class CriterionRepositoryPostgresTest extends CriterionRepositoryContractTest {}
