package vn.cchc.portal.indicator;

import vn.cchc.portal.support.UseH2;

/** {@link IndicatorRepositoryContractTest} on in-memory H2 in PostgreSQL mode. */
@UseH2
class IndicatorRepositoryH2Test extends IndicatorRepositoryContractTest {}
