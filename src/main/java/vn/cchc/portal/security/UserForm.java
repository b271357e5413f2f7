package vn.cchc.portal.security;

import vn.cchc.portal.shared.Role;

import java.util.EnumSet;
import java.util.Set;

/** Editable fields of a user, bound to the administration form with a buffered Binder. */
public class UserForm {

    private Long id;
    private long version;
    private String username = "";
    private String fullName = "";
    private String email = "";
    private Long unitId;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private boolean enabled = true;
    private String password = "";

    public static UserForm of(UserSummary user) {
        UserForm form = new UserForm();
        form.id = user.id();
        form.version = user.version();
        form.username = user.username();
        form.fullName = user.fullName();
        form.email = user.email() == null ? "" : user.email();
        form.unitId = user.unitId();
        form.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
        form.enabled = user.enabled();
        return form;
    }

    public static UserForm copyOf(UserForm other) {
        UserForm form = new UserForm();
        form.id = other.id;
        form.version = other.version;
        form.username = other.username;
        form.fullName = other.fullName;
        form.email = other.email;
        form.unitId = other.unitId;
        form.roles = other.roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(other.roles);
        form.enabled = other.enabled;
        form.password = other.password;
        return form;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
