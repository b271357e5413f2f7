package vn.cchc.portal.organization;

import vn.cchc.portal.organization.UnitMatch.Assignee;
import vn.cchc.portal.organization.UnitNameTokens.Token;
import vn.cchc.portal.organization.UnitNameTokens.Type;
import vn.cchc.portal.shared.Texts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every way the plans write the names of a set of units, groups and generic phrases, as a word trie over canonical
 * folded words (see {@link UnitNameTokens}). A cell is read from left to right: at the start of each part the longest
 * known phrase that ends at a part boundary (end, "/", ";", ",", "(1)", or " và ") is taken; what is not known runs
 * to the next boundary and is reported as unmatched. Commas written inside a known name ("Sở, ban, ngành tỉnh",
 * "Sở Văn hoá, Thể thao và Du lịch") are part of the phrase, so they do not split it.
 */
final class UnitNameIndex {

    /**
     * The fields of a unit the index needs; {@code label} is how screens name it ("Xã Ayun (Huyện Chư Sê)", see
     * {@link UnitLabels}), accepted as written and used to list the units an ambiguous name may mean.
     */
    record Unit(long id, String name, String shortName, String aliases, OrgUnitKind kind, Long parentId, String label) {

        Unit(long id, String name, String shortName, String aliases, OrgUnitKind kind, Long parentId) {
            this(id, name, shortName, aliases, kind, parentId, name);
        }
    }

    private enum TargetKind {
        UNIT,
        GROUP,
        NOTE,
        AMBIGUOUS
    }

    /**
     * What a phrase means. {@code afterCommittee}: only after a district or commune committee group in the same cell
     * ("UBND cấp huyện, cấp xã"). {@code spellings}: a unit's names with diacritics (lower case, without the leading
     * "xã", "phường" …), used to tell apart units whose names differ only by diacritics ("Ia Bang", "Ia Băng").
     * {@code candidates}: the units an ambiguous phrase may name.
     */
    private record Target(
            TargetKind kind,
            Long unitId,
            OrgUnitGroup group,
            String label,
            String qualified,
            int rank,
            boolean afterCommittee,
            List<String> spellings,
            List<Target> candidates) {

        static Target group(OrgUnitGroup group, boolean afterCommittee) {
            return new Target(TargetKind.GROUP, null, group, null, null, FIXED, afterCommittee, List.of(), List.of());
        }

        static Target note() {
            return new Target(TargetKind.NOTE, null, null, null, null, FIXED, false, List.of(), List.of());
        }

        static Target unit(Unit unit, int rank, List<String> spellings) {
            return new Target(
                    TargetKind.UNIT, unit.id(), null, unit.name(), unit.label(), rank, false, spellings, List.of());
        }

        static Target ambiguous(int rank, List<Target> candidates) {
            return new Target(TargetKind.AMBIGUOUS, null, null, null, null, rank, false, List.of(), candidates);
        }

        List<Target> units() {
            return kind == TargetKind.AMBIGUOUS ? candidates : List.of(this);
        }
    }

    private static final class Node {
        private final Map<String, Node> children = new HashMap<>(4);
        private Target target;
    }

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LOCALITY = Pattern.compile(
            "^(?:ủy ban nhân dân |uỷ ban nhân dân |ubnd )?(?:xã|phường|thị trấn|tt|huyện|thị xã|tx|thành phố|tp) ");

    private static final String COMMA = ",";
    private static final String AND = "va";

    private static final Set<OrgUnitKind> PROVINCIAL =
            Set.of(OrgUnitKind.PROVINCE, OrgUnitKind.DEPARTMENT, OrgUnitKind.AGENCY, OrgUnitKind.SUBUNIT);

    /** Rank of fixed phrases, official names and aliases, and generated variants: lower wins a collision. */
    private static final int FIXED = 0;

    private static final int NAMED = 1;
    private static final int VARIANT = 2;

    private final Node root = new Node();

    UnitNameIndex(Collection<Unit> units) {
        addFixedPhrases();
        Map<Long, Unit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        for (Unit unit : units) {
            addUnit(unit, byId);
        }
    }

    /** Resolves a whole cell. */
    UnitMatch match(String text) {
        String nfc = Texts.nfc(text);
        if (nfc == null || nfc.isEmpty()) {
            return new UnitMatch(List.of(), List.of(), List.of());
        }
        List<Token> tokens = UnitNameTokens.tokenize(nfc);
        Set<Assignee> assignees = new LinkedHashSet<>();
        Set<String> notes = new LinkedHashSet<>();
        Set<String> unmatched = new LinkedHashSet<>();
        List<UnitMatch.Ambiguity> ambiguous = new ArrayList<>();
        boolean afterCommittee = false;
        int n = tokens.size();
        int pos = 0;
        while (pos < n) {
            Token token = tokens.get(pos);
            if (token.type() != Type.WORD || token.word().equals(AND)) {
                pos++;
                continue;
            }
            Hit hit = longest(tokens, pos, afterCommittee);
            if (hit != null) {
                String written =
                        nfc.substring(token.start(), tokens.get(hit.end - 1).end());
                Target target = hit.target;
                switch (target.kind()) {
                    case UNIT -> assignees.add(Assignee.unit(target.unitId(), target.label()));
                    case GROUP -> {
                        assignees.add(Assignee.of(target.group()));
                        afterCommittee |= target.group() != OrgUnitGroup.ALL_DEPARTMENTS;
                    }
                    case NOTE -> notes.add(written);
                    case AMBIGUOUS -> {
                        Target unit = byDiacritics(target.candidates(), written);
                        if (unit == null) {
                            if (unmatched.add(written)) {
                                ambiguous.add(new UnitMatch.Ambiguity(
                                        written,
                                        target.candidates().stream()
                                                .map(c -> Assignee.unit(c.unitId(), c.qualified()))
                                                .toList()));
                            }
                        } else {
                            assignees.add(Assignee.unit(unit.unitId(), unit.label()));
                        }
                    }
                }
                pos = hit.end;
                continue;
            }
            int end = pos + 1;
            while (end < n && tokens.get(end).type() == Type.WORD && !splitsBefore(tokens, end, afterCommittee)) {
                end++;
            }
            int last = end - 1;
            while (last > pos && tokens.get(last).isWord(AND)) {
                last--;
            }
            unmatched.add(nfc.substring(token.start(), tokens.get(last).end()));
            pos = end;
        }
        return new UnitMatch(new ArrayList<>(assignees), new ArrayList<>(notes), new ArrayList<>(unmatched), ambiguous);
    }

    /**
     * The one candidate whose name, with its diacritics, is in the written text; null when not exactly one or when
     * the text has no diacritics at all.
     */
    private static Target byDiacritics(List<Target> candidates, String written) {
        String spelling = spelling(written);
        if (spelling.equals(Texts.fold(spelling))) {
            return null; // written without diacritics: cannot tell them apart
        }
        String text = " " + spelling + " ";
        List<Target> found = candidates.stream()
                .filter(c -> c.spellings().stream().anyMatch(sp -> text.contains(" " + sp + " ")))
                .toList();
        return found.size() == 1 ? found.getFirst() : null;
    }

    /** Lower-case NFC words with diacritics, without punctuation. */
    private static String spelling(String text) {
        return NON_LETTERS
                .matcher(Texts.nfc(text).toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
    }

    /** An unknown part ends at " và " when "các …" or a known phrase follows. */
    private boolean splitsBefore(List<Token> tokens, int at, boolean afterCommittee) {
        if (!tokens.get(at).isWord(AND) || at + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(at + 1);
        return next.type() == Type.WORD
                && (next.word().equals("cac") || longest(tokens, at + 1, afterCommittee) != null);
    }

    private record Hit(Target target, int end) {}

    private Hit longest(List<Token> tokens, int start, boolean afterCommittee) {
        Hit[] best = new Hit[1];
        walk(root, tokens, start, afterCommittee, best);
        return best[0];
    }

    private void walk(Node node, List<Token> tokens, int at, boolean afterCommittee, Hit[] best) {
        if (node.target != null
                && node != root
                && endsPart(tokens, at)
                && (!node.target.afterCommittee() || afterCommittee)
                && (best[0] == null || at > best[0].end)) {
            best[0] = new Hit(node.target, at);
        }
        if (at >= tokens.size()) {
            return;
        }
        Token token = tokens.get(at);
        if (token.type() == Type.COMMA) {
            Node next = node.children.get(COMMA);
            if (next != null) {
                walk(next, tokens, at + 1, afterCommittee, best);
            }
        } else if (token.type() == Type.WORD) {
            Node next = node.children.get(token.word());
            if (next != null) {
                walk(next, tokens, at + 1, afterCommittee, best);
            }
            Node comma = node.children.get(COMMA); // a comma of the name left out in the text
            if (comma != null && (next = comma.children.get(token.word())) != null) {
                walk(next, tokens, at + 1, afterCommittee, best);
            }
        }
    }

    private static boolean endsPart(List<Token> tokens, int at) {
        return at >= tokens.size()
                || tokens.get(at).type() != Type.WORD
                || tokens.get(at).isWord(AND);
    }

    /** Phrases (canonical folded words) that name more than one unit; such text is reported as unmatched. */
    List<String> ambiguousPhrases() {
        List<String> out = new ArrayList<>();
        collectAmbiguous(root, new ArrayList<>(), out);
        out.sort(null);
        return out;
    }

    private static void collectAmbiguous(Node node, List<String> path, List<String> out) {
        if (node.target != null && node.target.kind() == TargetKind.AMBIGUOUS) {
            out.add(String.join(" ", path).replace(" ,", ","));
        }
        node.children.forEach((word, child) -> {
            path.add(word);
            collectAmbiguous(child, path, out);
            path.removeLast();
        });
    }

    // ---------------------------------------------------------------- building

    private void addFixedPhrases() {
        group(
                OrgUnitGroup.ALL_DEPARTMENTS,
                "sở, ban, ngành",
                "sở, ban, ngành tỉnh",
                "sở, ban, ngành thuộc tỉnh",
                "sở, ban, ngành của tỉnh",
                "sở, ban, ngành cấp tỉnh",
                "sở, ngành",
                "sở, ngành tỉnh",
                "sở ban ngành",
                "cơ quan chuyên môn thuộc UBND tỉnh",
                "cơ quan chuyên môn cấp tỉnh");
        group(
                OrgUnitGroup.ALL_DISTRICT_COMMITTEES,
                "UBND cấp huyện",
                "UBND các huyện",
                "UBND các huyện, thị xã, thành phố",
                "UBND các huyện, thành phố, thị xã",
                "UBND huyện, thị xã, thành phố",
                "UBND các huyện, thị xã, thành phố thuộc tỉnh",
                "UBND các huyện, thị xã và thành phố",
                "huyện, thị xã, thành phố");
        group(
                OrgUnitGroup.ALL_COMMUNE_COMMITTEES,
                "UBND cấp xã",
                "UBND các xã",
                "UBND các xã, phường, thị trấn",
                "UBND xã, phường, thị trấn",
                "UBND các xã, thị trấn",
                "UBND các xã, phường",
                "UBND các xã, phường và thị trấn",
                "xã, phường, thị trấn");
        put(words("cấp huyện"), Target.group(OrgUnitGroup.ALL_DISTRICT_COMMITTEES, true));
        put(words("cấp xã"), Target.group(OrgUnitGroup.ALL_COMMUNE_COMMITTEES, true));
        for (String who : List.of(
                "cơ quan, đơn vị",
                "cơ quan, đơn vị, địa phương",
                "đơn vị",
                "cơ quan",
                "địa phương",
                "sở, ban, ngành",
                "sở, ban, ngành tỉnh",
                "sở, ngành",
                "cơ quan, địa phương",
                "đơn vị, địa phương")) {
            note(who + " liên quan", who + " có liên quan");
        }
        note(
                "cơ quan, đơn vị, địa phương được kiểm tra",
                "cơ quan, đơn vị được kiểm tra",
                "đơn vị được kiểm tra",
                "cơ quan, đơn vị, địa phương",
                "cơ quan, đơn vị",
                "địa phương",
                "đơn vị cung cấp phần mềm",
                "doanh nghiệp cung cấp phần mềm",
                "đơn vị cung cấp dịch vụ");
    }

    private void group(OrgUnitGroup group, String... phrases) {
        Target target = Target.group(group, false);
        for (String phrase : phrases) {
            for (String head : List.of("", "các ", "thủ trưởng các ", "chủ tịch ", "lãnh đạo ")) {
                put(words(head + phrase), target);
            }
        }
    }

    private void note(String... phrases) {
        Target target = Target.note();
        for (String phrase : phrases) {
            put(words(phrase), target);
            put(words("các " + phrase), target);
            put(words("những " + phrase), target);
        }
    }

    private void addUnit(Unit unit, Map<Long, Unit> byId) {
        Set<List<String>> named = new LinkedHashSet<>();
        named.add(words(unit.name()));
        if (unit.shortName() != null) {
            named.add(words(unit.shortName()));
        }
        if (unit.aliases() != null) {
            for (String alias : unit.aliases().split("\\|")) {
                if (!alias.isBlank()) {
                    named.add(words(alias));
                }
            }
        }
        named.removeIf(List::isEmpty);
        List<String> spellings = new ArrayList<>();
        spellings.add(LOCALITY.matcher(spelling(unit.name())).replaceFirst(""));
        if (unit.aliases() != null) {
            for (String alias : unit.aliases().split("\\|")) {
                if (!alias.isBlank()) {
                    spellings.add(LOCALITY.matcher(spelling(alias)).replaceFirst(""));
                }
            }
        }
        Set<List<String>> variants = new LinkedHashSet<>();
        for (List<String> name : named) {
            variants.addAll(variants(name, unit, byId));
        }
        if (!unit.label().equals(unit.name())) {
            variants.add(words(unit.label())); // "Xã Ayun (Huyện Chư Sê)" as pickers show it
        }
        variants.removeAll(named);
        for (List<String> name : named) {
            put(name, Target.unit(unit, NAMED, spellings));
        }
        for (List<String> variant : variants) {
            put(variant, Target.unit(unit, VARIANT, spellings));
        }
    }

    /** Generated spellings: "Sở Nội vụ tỉnh (Y)", "UBND huyện X" ⇄ "Huyện X", "Xã Y huyện X". */
    private static List<List<String>> variants(List<String> name, Unit unit, Map<Long, Unit> byId) {
        List<List<String>> out = new ArrayList<>();
        if (PROVINCIAL.contains(unit.kind())) {
            List<String> base = name;
            for (List<String> suffix : List.of(List.of("tinh", "gia", "lai"), List.of("gia", "lai"), List.of("tinh"))) {
                if (endsWith(name, suffix)) {
                    base = name.subList(0, name.size() - suffix.size());
                    break;
                }
            }
            if (base.size() >= 2) {
                out.add(base);
                out.add(concat(base, List.of("tinh")));
                out.add(concat(base, List.of("tinh", "gia", "lai")));
                out.add(concat(base, List.of("gia", "lai")));
            }
        }
        if (unit.kind() == OrgUnitKind.DISTRICT || unit.kind() == OrgUnitKind.COMMUNE) {
            boolean committee = !name.isEmpty() && name.getFirst().equals("ubnd");
            List<String> plain = committee ? name.subList(1, name.size()) : name;
            if (startsWithLocalityWord(plain)) {
                List<List<String>> forms = new ArrayList<>();
                forms.add(plain);
                forms.add(concat(List.of("ubnd"), plain));
                out.addAll(forms);
                Unit parent = unit.parentId() == null ? null : byId.get(unit.parentId());
                if (unit.kind() == OrgUnitKind.COMMUNE && parent != null) {
                    for (List<String> parentName : parentNames(parent)) {
                        for (List<String> form : forms) {
                            out.add(concat(form, parentName));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static List<List<String>> parentNames(Unit parent) {
        List<List<String>> out = new ArrayList<>();
        out.add(words(parent.name()));
        if (parent.shortName() != null) {
            out.add(words(parent.shortName()));
        }
        out.removeIf(List::isEmpty);
        return out;
    }

    private static boolean startsWithLocalityWord(List<String> name) {
        if (name.size() < 2) {
            return false;
        }
        String first = name.getFirst();
        return first.equals("huyen")
                || first.equals("tx")
                || first.equals("tp")
                || first.equals("xa")
                || first.equals("phuong")
                || first.equals("tt");
    }

    private static boolean endsWith(List<String> name, List<String> suffix) {
        return name.size() > suffix.size()
                && name.subList(name.size() - suffix.size(), name.size()).equals(suffix);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<String> words(String phrase) {
        return UnitNameTokens.words(phrase);
    }

    private void put(List<String> words, Target target) {
        if (words.isEmpty() || words.getFirst().equals(COMMA) || words.getLast().equals(COMMA)) {
            return;
        }
        Node node = root;
        for (String word : words) {
            node = node.children.computeIfAbsent(word, w -> new Node());
        }
        Target existing = node.target;
        if (existing == null || target.rank() < existing.rank()) {
            node.target = target;
        } else if (target.rank() == existing.rank()
                && target.kind() == TargetKind.UNIT
                && (existing.kind() == TargetKind.UNIT || existing.kind() == TargetKind.AMBIGUOUS)
                && existing.units().stream().noneMatch(u -> u.unitId().equals(target.unitId()))) {
            List<Target> candidates = new ArrayList<>(existing.units());
            candidates.add(target);
            node.target = Target.ambiguous(existing.rank(), List.copyOf(candidates));
        }
    }
}
