package vn.cchc.portal.security;

import vn.cchc.portal.support.UseH2;

/** {@link UserRepositoryContractTest} on in-memory H2 in PostgreSQL mode. */
@UseH2
class UserRepositoryH2Test extends UserRepositoryContractTest {}
