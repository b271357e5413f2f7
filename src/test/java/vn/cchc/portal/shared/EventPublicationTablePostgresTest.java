package vn.cchc.portal.shared;

import vn.cchc.portal.support.UsePostgres;

/** {@link EventPublicationTableContractTest} on a real (embedded) PostgreSQL. */
@UsePostgres
class EventPublicationTablePostgresTest extends EventPublicationTableContractTest {}
