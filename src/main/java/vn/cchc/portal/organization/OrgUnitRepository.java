package vn.cchc.portal.organization;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByCode(String code);

    Optional<OrgUnit> findByCodeIgnoreCase(String code);

    List<OrgUnit> findByKindOrderBySortOrder(OrgUnitKind kind);

    long countByKind(OrgUnitKind kind);
}
