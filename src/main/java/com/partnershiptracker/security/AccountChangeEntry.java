package com.partnershiptracker.security;

import java.time.Instant;

/** One recorded change to an account: its revision, when, who made it, what, and the detail (such as the new role). */
public record AccountChangeEntry(long revision, Instant madeAt, String actor, AccountChange change, String detail) {
}
