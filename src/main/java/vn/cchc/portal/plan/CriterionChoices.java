package vn.cchc.portal.plan;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.util.List;

/** The criteria plan items of a given year can be linked to. */
@Service
public class CriterionChoices {

    private final CriterionLookup lookup;

    CriterionChoices(CriterionLookup lookup) {
        this.lookup = lookup;
    }

    @PreAuthorize("isAuthenticated()")
    public List<CriterionChoice> forYear(int year) {
        return lookup.choices(year);
    }
}
