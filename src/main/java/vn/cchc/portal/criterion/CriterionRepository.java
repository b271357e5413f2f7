package vn.cchc.portal.criterion;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface CriterionRepository extends JpaRepository<Criterion, Long> {

    List<Criterion> findByFrameworkId(Long frameworkId);

    /** Every criterion of the frameworks the given criteria belong to. */
    @Query("select c from Criterion c where c.frameworkId in "
            + "(select x.frameworkId from Criterion x where x.id in :ids)")
    List<Criterion> findFrameworksOf(@Param("ids") Collection<Long> ids);

    Optional<Criterion> findByFrameworkIdAndCode(Long frameworkId, String code);

    long countByFrameworkId(Long frameworkId);

    long countByFrameworkIdAndLevel(Long frameworkId, CriterionLevel level);

    long countByFrameworkIdAndRetiredFalse(Long frameworkId);
}
