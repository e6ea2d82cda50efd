package com.partnershiptracker.security;

/** EDITOR creates and edits records; ADMIN can also delete, restore old versions and manage users. */
public enum Role {
    EDITOR,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
