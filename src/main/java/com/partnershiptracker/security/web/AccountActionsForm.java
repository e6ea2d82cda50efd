package com.partnershiptracker.security.web;

import com.partnershiptracker.security.Role;
import com.partnershiptracker.security.UserAccount;

/**
 * What the account page's three small forms show and send: the role and enabled flag, a new
 * password, and the confirmation of a delete, each with the account's version. The handlers read
 * the same names as request parameters.
 */
public class AccountActionsForm {

    private Role role;
    private boolean enabled;
    private String password;
    private boolean confirm;
    private long version;

    static AccountActionsForm of(UserAccount account) {
        AccountActionsForm form = new AccountActionsForm();
        form.role = account.getRole();
        form.enabled = account.isEnabled();
        form.version = account.getVersion();
        return form;
    }

    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public boolean isConfirm() { return confirm; }
    public void setConfirm(boolean confirm) { this.confirm = confirm; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
