package vn.cchc.portal.settings;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.shared.Access;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.BusinessException.Text;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.Texts;
import vn.cchc.portal.shared.UserContext;

import java.time.Clock;

/**
 * Reads and changes the deployment's settings. Anyone may read them (the shell shows the subtitle before sign-in);
 * only administrators change them, each change field by field in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class SettingsService {

    static final int PROVINCE_MAX = 100;
    static final int SUBTITLE_MAX = 200;

    private final PortalSettingsRepository rows;
    private final OrgUnitService units;
    private final SettingsAuditor auditor;
    private final CurrentUser currentUser;
    private final Clock clock;

    SettingsService(
            PortalSettingsRepository rows,
            OrgUnitService units,
            SettingsAuditor auditor,
            CurrentUser currentUser,
            Clock clock) {
        this.rows = rows;
        this.units = units;
        this.auditor = auditor;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The settings as they are now; {@link Settings#EMPTY} on a database without the row. */
    public Settings current() {
        return rows.findById(PortalSettings.ID).map(PortalSettings::toRecord).orElse(Settings.EMPTY);
    }

    /** The version of the stored settings, to be given back with a change (0 before the first save). */
    public long version() {
        return rows.findById(PortalSettings.ID).map(r -> r.version).orElse(0L);
    }

    /**
     * Stores the settings: the province's name is required, texts fit their columns, the issuing unit is an active
     * unit. Settings read at another version than the stored one (someone saved in between) are refused as a
     * conflict.
     */
    @PreAuthorize(Access.ADMIN_ONLY)
    @Transactional
    public Settings save(Settings values, long readVersion) {
        String province = Texts.nfcOrNull(values.provinceName());
        String subtitle = Texts.nfcOrNull(values.appSubtitle());
        if (province == null) {
            throw BusinessException.of("error.settings.provinceRequired");
        }
        tooLong(province, PROVINCE_MAX, "settings.field.province");
        tooLong(subtitle, SUBTITLE_MAX, "settings.field.subtitle");
        Long unitId = values.issuingUnitId();
        if (unitId != null
                && units.activeUnits().stream().map(OrgUnitSummary::id).noneMatch(unitId::equals)) {
            throw BusinessException.of("error.settings.unitNotFound");
        }
        PortalSettings row = rows.findById(PortalSettings.ID).orElseGet(() -> {
            PortalSettings created = new PortalSettings();
            created.id = PortalSettings.ID;
            return created;
        });
        if (row.updatedAt != null && row.version != readVersion) {
            throw new ObjectOptimisticLockingFailureException(PortalSettings.class, PortalSettings.ID);
        }
        Settings before = row.toRecord();
        row.provinceName = province;
        row.appSubtitle = subtitle;
        row.issuingUnitId = unitId;
        row.updatedBy = currentUser.get().map(UserContext::username).orElse("system");
        row.updatedAt = clock.instant();
        rows.saveAndFlush(row);
        Settings after = row.toRecord();
        auditor.changed(before, after);
        return after;
    }

    private static void tooLong(String text, int max, String fieldKey) {
        if (text != null && text.length() > max) {
            throw BusinessException.of("error.settings.tooLong", new Text(fieldKey), max);
        }
    }
}
