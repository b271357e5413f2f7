package vn.cchc.portal.assignment.evidence;

import vn.cchc.portal.support.UsePostgres;

/** {@link DatabaseEvidenceContractTest} on a real (embedded) PostgreSQL. */
@UsePostgres
class DatabaseEvidencePostgresTest extends DatabaseEvidenceContractTest {}
