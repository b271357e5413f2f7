package vn.cchc.portal.organization;

import vn.cchc.portal.shared.Texts;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How every screen names an organisation unit, so that two units of the same name can be told apart: a commune
 * with its district ("Xã Ayun (Huyện Chư Sê)", "Xã Ayun (Huyện Mang Yang)"), and any other unit whose name another
 * unit shares with its parent; every other unit by its name ("Sở Nội vụ"). The plan and indicator imports accept
 * these labels as they are written. Pickers use {@link #label} as item label and {@link #matches} as filter
 * (every word of the filter in the label, code, short name or aliases, with or without diacritics), e.g.
 * {@code combo.setItems(labels::matches, ids); combo.setItemLabelGenerator(labels::label)}.
 */
public final class UnitLabels implements Serializable {

    private final Map<Long, String> labels;
    private final Map<Long, String> keys;

    private UnitLabels(Map<Long, String> labels, Map<Long, String> keys) {
        this.labels = labels;
        this.keys = keys;
    }

    /** The labels of every unit of a tree, ended ones too. */
    static UnitLabels of(Collection<UnitTree.Node> nodes) {
        Map<Long, UnitTree.Node> byId = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        for (UnitTree.Node node : nodes) {
            byId.put(node.id(), node);
            names.merge(node.name(), 1, Integer::sum);
        }
        Map<Long, String> labels = new HashMap<>();
        Map<Long, String> keys = new HashMap<>();
        for (UnitTree.Node node : nodes) {
            UnitTree.Node parent = node.parentId() == null ? null : byId.get(node.parentId());
            String label = label(
                    node.name(),
                    node.kind(),
                    parent == null ? null : parent.name(),
                    parent == null ? null : parent.kind(),
                    names.get(node.name()) > 1);
            labels.put(node.id(), label);
            keys.put(node.id(), Texts.fold(String.join(" ", label, node.searchKey() == null ? "" : node.searchKey())));
        }
        return new UnitLabels(Map.copyOf(labels), Map.copyOf(keys));
    }

    /**
     * The label of a unit: a commune under a district, or a unit whose name is shared, with its parent's name in
     * brackets.
     */
    static String label(String name, OrgUnitKind kind, String parentName, OrgUnitKind parentKind, boolean shared) {
        boolean communeOfDistrict = kind == OrgUnitKind.COMMUNE && parentKind == OrgUnitKind.DISTRICT;
        if (parentName == null || !(communeOfDistrict || shared)) {
            return name;
        }
        return name + " (" + parentName + ")";
    }

    /** The unit's label; "" for null or an unknown id (a combo box with nothing chosen). */
    public String label(Long unitId) {
        return unitId == null ? "" : labels.getOrDefault(unitId, "");
    }

    /** The labels of several units in the given order, unknown ids left out. */
    public List<String> labels(Collection<Long> unitIds) {
        return unitIds.stream().map(this::label).filter(l -> !l.isEmpty()).toList();
    }

    /** Whether every word of the filter is in the unit's label, code, short name or aliases (diacritics optional). */
    public boolean matches(Long unitId, String filter) {
        String key = unitId == null ? null : keys.get(unitId);
        return key != null && Texts.matchesKey(Texts.fold(filter), key);
    }
}
