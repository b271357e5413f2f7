package vn.cchc.portal.indicator;

import vn.cchc.portal.support.UsePostgres;

/** {@link IndicatorRepositoryContractTest} on a real (embedded) PostgreSQL. */
@UsePostgres
class IndicatorRepositoryPostgresTest extends IndicatorRepositoryContractTest {}
