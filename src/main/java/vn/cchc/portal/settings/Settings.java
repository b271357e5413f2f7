package vn.cchc.portal.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * The deployment's settings as they are now.
 *
 * @param provinceName  the province the portal serves, as sentences name it (no "tỉnh" before it); null until set
 * @param appSubtitle   the line under the portal's name in the shell; null for the default text
 * @param issuingUnitId the unit that issues the portal's own documents (the directory of units); null until set
 */
public record Settings(String provinceName, String appSubtitle, Long issuingUnitId) {

    /** Nothing set: a fresh database. */
    public static final Settings EMPTY = new Settings(null, null, null);

    /** The message keys of the settings an administrator still has to fill in; empty when complete. */
    public List<String> missing() {
        List<String> keys = new ArrayList<>();
        if (provinceName == null || provinceName.isBlank()) {
            keys.add("settings.field.province");
        }
        if (issuingUnitId == null) {
            keys.add("settings.field.issuingUnit");
        }
        return keys;
    }

    public boolean complete() {
        return missing().isEmpty();
    }
}
