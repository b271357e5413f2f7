package vn.cchc.portal.criterion;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface CriteriaFrameworkRepository extends JpaRepository<CriteriaFramework, Long> {

    Optional<CriteriaFramework> findByCode(String code);

    boolean existsByCodeIgnoreCase(String code);

    List<CriteriaFramework> findByKindAndYearAndRetiredFalse(FrameworkKind kind, int year);
}
