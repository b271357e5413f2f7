package vn.cchc.portal.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** The one row of the deployment's settings (V20__portal_settings.sql). */
@Entity
@Table(name = "portal_settings")
class PortalSettings {

    static final long ID = 1;

    @Id
    Long id;

    @Column(name = "province_name")
    String provinceName;

    @Column(name = "app_subtitle")
    String appSubtitle;

    @Column(name = "issuing_unit_id")
    Long issuingUnitId;

    @Column(name = "updated_by", nullable = false)
    String updatedBy;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    Settings toRecord() {
        return new Settings(provinceName, appSubtitle, issuingUnitId);
    }
}
