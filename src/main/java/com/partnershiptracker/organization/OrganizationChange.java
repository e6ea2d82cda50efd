package com.partnershiptracker.organization;

import java.util.Optional;
import java.util.function.Function;

/** An edit to apply to an organization inside the saving transaction, with other organizations looked up by slug. */
public interface OrganizationChange {

    void applyTo(Organization organization, Function<String, Optional<Organization>> bySlug);
}
