package vn.cchc.portal.report;

import vn.cchc.portal.support.UsePostgres;

/** {@link ReportRepositoryContractTest} on a real (embedded) PostgreSQL. */
@UsePostgres
class ReportRepositoryPostgresTest extends ReportRepositoryContractTest {}
