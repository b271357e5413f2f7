package vn.cchc.portal.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** The stored issuing data of a unit: what its documents print in the header and the signature block. */
@Entity
@Table(name = "document_issuer")
class DocumentIssuer {

    @Id
    @Column(name = "unit_id")
    Long unitId;

    @Column(name = "parent_body")
    String parentBody;

    @Column(name = "issuing_body")
    String issuingBody;

    String place;
    String symbol;

    @Column(name = "signer_authority")
    String signerAuthority;

    @Column(name = "signer_title")
    String signerTitle;

    @Column(name = "signer_name")
    String signerName;

    @Column(name = "updated_by", nullable = false)
    String updatedBy;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    /** The stored values as they are now, for the audit log's before-and-after. */
    DocumentIssuer copy() {
        DocumentIssuer c = new DocumentIssuer();
        c.unitId = unitId;
        c.parentBody = parentBody;
        c.issuingBody = issuingBody;
        c.place = place;
        c.symbol = symbol;
        c.signerAuthority = signerAuthority;
        c.signerTitle = signerTitle;
        c.signerName = signerName;
        return c;
    }
}
