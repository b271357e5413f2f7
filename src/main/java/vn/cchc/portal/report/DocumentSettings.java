package vn.cchc.portal.report;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.settings.Settings;
import vn.cchc.portal.settings.SettingsService;
import vn.cchc.portal.shared.Access;

/**
 * The settings view's service: the deployment's settings together with the issuing data and signer of the unit that
 * issues the portal's documents (that unit's row of {@code document_issuer}), saved in one transaction.
 */
@Service
public class DocumentSettings {

    private final SettingsService settings;
    private final IssuerService issuers;

    DocumentSettings(SettingsService settings, IssuerService issuers) {
        this.settings = settings;
        this.issuers = issuers;
    }

    /** The settings now, for the form. */
    @PreAuthorize(Access.ADMIN_ONLY)
    public Settings settings() {
        return settings.current();
    }

    /** The version of the stored settings, to be given back with {@link #save}. */
    @PreAuthorize(Access.ADMIN_ONLY)
    public long version() {
        return settings.version();
    }

    /** What is stored for the unit (blank where the derived value is used). */
    @PreAuthorize(Access.ADMIN_ONLY)
    public IssuerForm issuerForm(long unitId) {
        return issuers.form(unitId);
    }

    /** What the unit's documents print now, stored or derived. */
    @PreAuthorize(Access.ADMIN_ONLY)
    public Issuer printed(long unitId) {
        return issuers.of(unitId);
    }

    /** Stores the settings and, when an issuing unit is chosen, its issuing data; all or nothing. */
    @PreAuthorize(Access.ADMIN_ONLY)
    @Transactional
    public Settings save(Settings values, long readVersion, IssuerForm issuer) {
        Settings saved = settings.save(values, readVersion);
        if (saved.issuingUnitId() != null && issuer != null) {
            issuer.setUnitId(saved.issuingUnitId());
            issuers.save(issuer);
        }
        return saved;
    }
}
