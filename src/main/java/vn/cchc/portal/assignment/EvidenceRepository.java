package vn.cchc.portal.assignment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByUpdateIdInOrderById(java.util.Collection<Long> updateIds);

    List<Evidence> findByUpdateIdOrderById(Long updateId);
}
