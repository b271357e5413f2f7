package vn.cchc.portal.assignment.evidence;

import vn.cchc.portal.support.UseH2;

/** {@link DatabaseEvidenceContractTest} on H2 in PostgreSQL mode. */
@UseH2
class DatabaseEvidenceH2Test extends DatabaseEvidenceContractTest {}
