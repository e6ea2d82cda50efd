package com.partnershiptracker.agreement;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.person.Person;

import java.util.Optional;

/** An edit to apply to an agreement inside the saving transaction, with organizations and people found by slug. */
public interface AgreementChange {

    void applyTo(Agreement agreement, Lookups lookups);

    interface Lookups {

        Optional<Organization> organization(String slug);

        Optional<Person> person(String slug);
    }
}
