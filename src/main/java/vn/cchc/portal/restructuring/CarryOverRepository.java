package vn.cchc.portal.restructuring;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.cchc.portal.organization.WorkKind;

import java.util.List;

interface CarryOverRepository extends JpaRepository<CarryOver, Long> {

    boolean existsByKindAndWorkIdAndFromUnitId(WorkKind kind, Long workId, Long fromUnitId);

    List<CarryOver> findByDecisionOrderByEffectiveAscIdAsc(CarryOverDecision decision);

    List<CarryOver> findByFromUnitIdOrderById(Long fromUnitId);
}
