package vn.cchc.portal.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.shared.Access;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.shared.SecurityLog;
import vn.cchc.portal.shared.Texts;
import vn.cchc.portal.shared.UserContext;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Administration of users (ADMIN) and the few things every user may do with their own account. */
@Service
@Transactional
public class UserService {

    private final UserRepository users;
    private final OrgUnitService units;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final UserAuditor auditor;
    private final Clock clock;
    private final UserSessions sessions;

    UserService(
            UserRepository users,
            OrgUnitService units,
            PasswordEncoder passwordEncoder,
            CurrentUser currentUser,
            UserAuditor auditor,
            Clock clock,
            UserSessions sessions) {
        this.sessions = sessions;
        this.users = users;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.auditor = auditor;
        this.clock = clock;
    }

    @PreAuthorize(Access.ADMIN_ONLY)
    @Transactional(readOnly = true)
    public List<UserSummary> list(String query) {
        return users.findAllByOrderByFullName().stream()
                .filter(u -> Texts.matches(
                        query, u.getUsername() + " " + u.getFullName() + " " + units.nameOf(u.getOrgUnitId())))
                .map(this::summary)
                .toList();
    }

    /** The users of one unit; unit roles may only ask for their own unit or units below it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UserSummary> usersOfUnit(long unitId) {
        units.checkAccess(unitId);
        return users.findByOrgUnitIdOrderByFullName(unitId).stream()
                .map(this::summary)
                .toList();
    }

    /** The users holding a role, e.g. the planners to tell about a report waiting for review. */
    @PreAuthorize(Access.ADMIN_ONLY)
    @Transactional(readOnly = true)
    public List<UserSummary> usersWithRole(Role role) {
        return users.findByRolesContainingOrderByFullName(role).stream()
                .map(this::summary)
                .toList();
    }

    @PreAuthorize(Access.ADMIN_ONLY)
    public UserSummary create(UserForm form) {
        if (!form.isNew()) {
            throw BusinessException.of("error.user.exists");
        }
        UserValidation.check(form, true);
        String username = form.getUsername().strip().toLowerCase(Locale.ROOT);
        if (users.existsByUsernameIgnoreCase(username)) {
            throw BusinessException.of("error.user.usernameTaken", username);
        }
        checkUnit(form.getUnitId());
        AppUser user = new AppUser(
                username,
                form.getFullName(),
                passwordEncoder.encode(form.getPassword()),
                form.getUnitId(),
                form.getRoles(),
                clock.instant());
        user.setEmail(form.getEmail());
        user.setEnabled(form.isEnabled());
        AppUser saved = users.saveAndFlush(user);
        auditor.created(saved);
        return summary(saved);
    }

    @PreAuthorize(Access.ADMIN_ONLY)
    public UserSummary update(UserForm form) {
        UserValidation.check(form, false);
        AppUser user = load(form.getId());
        if (user.getVersion() != form.getVersion()) {
            throw BusinessException.of("error.user.stale");
        }
        checkUnit(form.getUnitId());
        if (isSelf(user) && (!form.isEnabled() || !form.getRoles().contains(Role.ADMIN))) {
            throw BusinessException.of("error.user.selfLockOrDemote");
        }
        UserAuditor.Profile before = UserAuditor.Profile.of(user);
        user.setFullName(form.getFullName());
        user.setEmail(form.getEmail());
        user.setOrgUnitId(form.getUnitId());
        user.setRoles(form.getRoles());
        user.setEnabled(form.isEnabled());
        AppUser saved = users.saveAndFlush(user);
        auditor.updated(saved, before);
        rightsChanged(saved, before.roles(), before.enabled(), before.unitId());
        return summary(saved);
    }

    @PreAuthorize(Access.ADMIN_ONLY)
    public void setEnabled(long userId, boolean enabled) {
        AppUser user = load(userId);
        if (isSelf(user) && !enabled) {
            throw BusinessException.of("error.user.selfLock");
        }
        boolean before = user.isEnabled();
        user.setEnabled(enabled);
        auditor.enabled(user, before);
        rightsChanged(user, user.getRoles(), before, user.getOrgUnitId());
    }

    /** Sets a new password chosen by the administrator and lifts a lock caused by failed sign-ins. */
    @PreAuthorize(Access.ADMIN_ONLY)
    public void resetPassword(long userId, String newPassword) {
        AppUser user = load(userId);
        UserValidation.checkPassword(newPassword, user.getUsername(), user.getFullName());
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        auditor.passwordReset(user);
        SecurityLog.event(SecurityLog.Action.PASSWORD_RESET, currentUser, "user/" + user.getId());
        sessions.endAfterCommit(user.getId(), user.getUsername(), user.getOrgUnitId());
        unlock(user);
    }

    @PreAuthorize(Access.ADMIN_ONLY)
    public void unlock(long userId) {
        unlock(load(userId));
    }

    /** Remembers the language the signed-in user chose. */
    @PreAuthorize("isAuthenticated()")
    public void rememberLocale(Locale locale) {
        UserContext me = currentUser.require();
        users.findById(me.userId()).ifPresent(u -> {
            String before = u.getPreferredLocale();
            u.setPreferredLocale(locale.toLanguageTag());
            auditor.languageChosen(u, before);
        });
    }

    /** The language a user chose (Vietnamese until they choose another), e.g. for the e-mails they get. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Locale localeOf(long userId) {
        return users.findById(userId)
                .map(AppUser::getPreferredLocale)
                .filter(tag -> !tag.isBlank())
                .map(Locale::forLanguageTag)
                .orElse(Locale.forLanguageTag("vi-VN"));
    }

    /** Whether any user exists yet (first start). */
    @Transactional(readOnly = true)
    public boolean hasUsers() {
        return users.count() > 0;
    }

    /** Enabled users of an ended unit, for the administrator's decision (moved to a successor or disabled). */
    List<AppUser> enabledOf(long unitId) {
        return users.findByOrgUnitIdOrderByFullName(unitId).stream()
                .filter(AppUser::isEnabled)
                .toList();
    }

    /** Moves a user of an ended unit to a successor unit, or disables the account (toUnitId null), with the reason. */
    void carryOver(long userId, long fromUnitId, Long toUnitId, String reason) {
        AppUser user = load(userId);
        if (user.getOrgUnitId() != fromUnitId) {
            throw BusinessException.of("error.carryover.notTheUnits");
        }
        UserAuditor.Profile before = UserAuditor.Profile.of(user);
        if (toUnitId != null) {
            checkUnit(toUnitId);
            user.setOrgUnitId(toUnitId);
        } else {
            if (isSelf(user)) {
                throw BusinessException.of("error.user.selfLock");
            }
            user.setEnabled(false);
        }
        AppUser saved = users.saveAndFlush(user);
        auditor.updated(saved, before);
        auditor.carryOverReason(saved, reason);
        rightsChanged(saved, before.roles(), before.enabled(), before.unitId());
    }

    /**
     * Logs a change of rights and ends the user's open sessions when it takes something away: disabled, a role less,
     * another unit. They sign in again with what they hold now.
     */
    private void rightsChanged(AppUser user, Set<Role> rolesBefore, boolean enabledBefore, Long unitBefore) {
        String object = "user/" + user.getId();
        if (!rolesBefore.equals(user.getRoles())) {
            SecurityLog.event(
                    SecurityLog.Action.ROLES_CHANGED,
                    currentUser,
                    object + " roles="
                            + rolesBefore.stream().map(Role::name).sorted().toList() + "->"
                            + user.getRoles().stream().map(Role::name).sorted().toList());
        }
        if (enabledBefore != user.isEnabled()) {
            SecurityLog.event(
                    user.isEnabled() ? SecurityLog.Action.USER_ENABLED : SecurityLog.Action.USER_DISABLED,
                    currentUser,
                    object);
        }
        boolean taken = (enabledBefore && !user.isEnabled())
                || !user.getRoles().containsAll(rolesBefore)
                || !java.util.Objects.equals(unitBefore, user.getOrgUnitId());
        if (taken) {
            sessions.endAfterCommit(user.getId(), user.getUsername(), user.getOrgUnitId());
        }
    }

    private void unlock(AppUser user) {
        if (user.isLockedAt(clock.instant())) {
            auditor.unlocked(user, user.getLockedUntil());
        }
        user.unlock();
    }

    private boolean isSelf(AppUser user) {
        return currentUser.get().map(me -> me.userId() == user.getId()).orElse(false);
    }

    private AppUser load(Long id) {
        if (id == null) {
            throw BusinessException.of("error.user.notFound");
        }
        return users.findById(id).orElseThrow(() -> BusinessException.of("error.user.notFound"));
    }

    private void checkUnit(Long unitId) {
        Set<Long> active =
                Set.copyOf(units.selectable().stream().map(OrgUnitSummary::id).toList());
        if (unitId == null || !active.contains(unitId)) {
            throw BusinessException.of("error.user.unitInvalid");
        }
    }

    private UserSummary summary(AppUser u) {
        return new UserSummary(
                u.getId(),
                u.getUsername(),
                u.getFullName(),
                u.getEmail(),
                u.getOrgUnitId(),
                units.nameOf(u.getOrgUnitId()),
                u.getRoles(),
                u.isEnabled(),
                u.isLockedAt(clock.instant()) ? u.getLockedUntil() : null,
                u.getVersion());
    }
}
