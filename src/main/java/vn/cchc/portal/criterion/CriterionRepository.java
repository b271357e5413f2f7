package vn.cchc.portal.criterion;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface CriterionRepository extends JpaRepository<Criterion, Long> {

    List<Criterion> findByFrameworkId(Long frameworkId);

    Optional<Criterion> findByFrameworkIdAndCode(Long frameworkId, String code);

    long countByFrameworkId(Long frameworkId);

    long countByFrameworkIdAndLevel(Long frameworkId, CriterionLevel level);

    long countByFrameworkIdAndRetiredFalse(Long frameworkId);
}
