package vn.cchc.portal.plan.importer;

import vn.cchc.portal.organization.OrgUnitMatcher;
import vn.cchc.portal.organization.UnitMatch;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves appendix unit cells with the organisation units active on a day. Meant for one import: each distinct text
 * is resolved once (appendices repeat the same cells many times). Calls need a signed-in user, like the matcher.
 */
public final class MatcherUnitResolver implements UnitResolver {

    private final OrgUnitMatcher matcher;
    private final LocalDate day;
    private final Map<String, Optional<String>> leads = new ConcurrentHashMap<>();
    private final Map<String, UnitMatch> matches = new ConcurrentHashMap<>();
    private final Map<String, List<String>> allLeads = new ConcurrentHashMap<>();

    private MatcherUnitResolver(OrgUnitMatcher matcher, LocalDate day) {
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.day = Objects.requireNonNull(day, "day");
    }

    /** A resolver over the units active on {@code day} (e.g. the plan's issue date). */
    public static UnitResolver of(OrgUnitMatcher matcher, LocalDate day) {
        return new MatcherUnitResolver(matcher, day);
    }

    @Override
    public Optional<String> lead(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return leads.computeIfAbsent(text, t -> matcher.matchOne(t, day).map(UnitMatch.Assignee::label));
    }

    @Override
    public List<String> leads(String text) {
        if (text == null) {
            return List.of();
        }
        return allLeads.computeIfAbsent(text, t -> {
            UnitMatch match = match(t);
            return match.isComplete()
                    ? match.assignees().stream().map(UnitMatch.Assignee::label).toList()
                    : List.of();
        });
    }

    @Override
    public List<String> unmatchedCoordinating(String text) {
        if (text == null) {
            return List.of();
        }
        return match(text).unmatched();
    }

    @Override
    public Optional<String> ambiguity(String text, String fragment) {
        if (text == null) {
            return Optional.empty();
        }
        return match(text).ambiguity(fragment).map(UnitMatch.Ambiguity::message);
    }

    private UnitMatch match(String text) {
        return matches.computeIfAbsent(text, t -> matcher.match(t, day));
    }
}
