package vn.cchc.portal.security;

import vn.cchc.portal.support.UsePostgres;

/** {@link UserRepositoryContractTest} on a real (embedded) PostgreSQL. */
@UsePostgres
class UserRepositoryPostgresTest extends UserRepositoryContractTest {}
