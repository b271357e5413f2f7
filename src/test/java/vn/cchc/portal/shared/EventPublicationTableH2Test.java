package vn.cchc.portal.shared;

import vn.cchc.portal.support.UseH2;

/** {@link EventPublicationTableContractTest} on in-memory H2 in PostgreSQL mode. */
@UseH2
class EventPublicationTableH2Test extends EventPublicationTableContractTest {}
