package com.partnershiptracker.security;

/**
 * EDITOR creates and edits records; REVIEWER also publishes editors' drafts when review is required;
 * ADMIN can also delete, restore old versions and manage users.
 */
public enum Role {
    EDITOR,
    REVIEWER,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
