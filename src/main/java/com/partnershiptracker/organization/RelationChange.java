package com.partnershiptracker.organization;

import java.util.Optional;
import java.util.function.Function;

/** An edit to a relation between two organizations, applied inside the saving transaction with both found by key. */
public interface RelationChange {

    /** The relation a create starts from. */
    OrganizationRelation newRelation(Function<String, Optional<Organization>> bySlug);

    void applyTo(OrganizationRelation relation, Function<String, Optional<Organization>> bySlug);
}
