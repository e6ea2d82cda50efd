package com.partnershiptracker.security.web;

import com.partnershiptracker.security.PasswordPolicy;
import com.partnershiptracker.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new account: username, role and first password (the policy is checked by the service). */
public class NewUserForm {

    @NotBlank @Size(max = 60) private String username;
    @NotNull private Role role = Role.EDITOR;
    @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) private String password;

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
