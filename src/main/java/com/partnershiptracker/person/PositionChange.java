package com.partnershiptracker.person;

import com.partnershiptracker.organization.Organization;

import java.util.Optional;

/** An edit to a position, applied inside the saving transaction, with its organization found by key. */
public interface PositionChange {

    /** The position a create starts from, held by {@code person}. */
    Position newPosition(Person person, Lookups lookups);

    void applyTo(Position position, Lookups lookups);

    /** Organizations by the keys the form's references resolved to. */
    interface Lookups {

        Optional<Organization> organization(String slug);
    }
}
