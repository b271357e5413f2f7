package vn.cchc.portal.indicator;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.plan.PlanFilter;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.PlanSummary;

/** Finds the demo plans and units by number and name, and signs in as a demo user. */
final class IndicatorFixtures {

    private final PlanService plans;
    private final OrgUnitService units;
    private final UserDetailsService users;

    IndicatorFixtures(PlanService plans, OrgUnitService units, UserDetailsService users) {
        this.plans = plans;
        this.units = units;
        this.users = users;
    }

    void signInAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    long unit(String codeOrName) {
        return units.activeUnits().stream()
                .filter(u -> u.code().equals(codeOrName) || u.name().equals(codeOrName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no unit " + codeOrName))
                .id();
    }

    long campaign() {
        return CampaignDemo.find(plans).orElseThrow().id();
    }

    long iaTorPlan() {
        return plans.list(new PlanFilter(2024, null, null, unit("Xã Ia Tôr"), null)).stream()
                .map(PlanSummary::id)
                .findFirst()
                .orElseThrow();
    }

    /** The current year's plan with indicators (the live demo). */
    long livePlan(TargetService targets) {
        return plans.list(PlanFilter.all()).stream()
                .filter(p -> p.status() == vn.cchc.portal.plan.PlanStatus.ISSUED && p.parentPlanId() == null)
                .filter(p -> targets.set(p.id()).map(s -> s.planId() == p.id()).orElse(false))
                .map(PlanSummary::id)
                .findFirst()
                .orElseThrow();
    }
}
