package com.partnershiptracker.initiative;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.organization.Organization;

import java.util.Optional;

/** An edit to an initiative, applied inside the saving transaction, with its organizations and agreement found by key. */
public interface InitiativeChange {

    /** The initiative a create starts from. */
    Initiative newInitiative();

    void applyTo(Initiative initiative, Lookups lookups);

    /** Organizations by slug and agreements by id, as the form's references resolved. */
    interface Lookups {

        Optional<Organization> organization(String slug);

        Optional<Agreement> agreement(long id);
    }
}
