package com.partnershiptracker.security;

/** What an admin (or the account's owner) did to an account; each is recorded with who and when. */
public enum AccountChange {
    CREATED,
    ROLE_CHANGED,
    DISABLED,
    ENABLED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    DELETED
}
