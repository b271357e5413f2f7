package vn.cchc.portal.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.shared.Texts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A person who signs in to the portal. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(length = 200)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "org_unit_id", nullable = false)
    private Long orgUnitId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "preferred_locale", length = 10)
    private String preferredLocale;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> roles = new HashSet<>();

    @Version
    private long version;

    protected AppUser() {}

    AppUser(String username, String fullName, String passwordHash, Long orgUnitId, Set<Role> roles, Instant now) {
        this.username = username;
        this.fullName = Texts.nfc(fullName);
        this.passwordHash = passwordHash;
        this.orgUnitId = orgUnitId;
        this.roles = new HashSet<>(roles);
        this.createdAt = now;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed sign-in; after {@code maxAttempts} the account is locked until {@code lockEnd}. */
    void recordFailure(int maxAttempts, Instant lockEnd) {
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = lockEnd;
            failedAttempts = 0;
        }
    }

    void recordSuccess() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    void unlock() {
        recordSuccess();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    void setFullName(String fullName) {
        this.fullName = Texts.nfc(fullName);
    }

    public String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = Texts.nfcOrNull(email);
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    void setOrgUnitId(Long orgUnitId) {
        this.orgUnitId = orgUnitId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    int getFailedAttempts() {
        return failedAttempts;
    }

    public String getPreferredLocale() {
        return preferredLocale;
    }

    void setPreferredLocale(String preferredLocale) {
        this.preferredLocale = preferredLocale;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public long getVersion() {
        return version;
    }
}
