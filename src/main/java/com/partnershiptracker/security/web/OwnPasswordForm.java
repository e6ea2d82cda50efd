package com.partnershiptracker.security.web;

import com.partnershiptracker.security.PasswordPolicy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Changing one's own password: the current one, to prove it is really them, and the new one. */
public class OwnPasswordForm {

    @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) private String currentPassword;
    @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) private String newPassword;

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
}
