package vn.cchc.portal.report;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentIssuerRepository extends JpaRepository<DocumentIssuer, Long> {}
