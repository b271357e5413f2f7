package vn.cchc.portal.report;

import vn.cchc.portal.support.UseH2;

/** {@link ReportRepositoryContractTest} on in-memory H2 in PostgreSQL mode. */
@UseH2
class ReportRepositoryH2Test extends ReportRepositoryContractTest {}
