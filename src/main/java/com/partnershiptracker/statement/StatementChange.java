package com.partnershiptracker.statement;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.person.Person;

import java.util.Optional;

/** An edit to a statement, applied inside the saving transaction, with its speaker found by key. */
public interface StatementChange {

    /** The statement a create starts from, attributed as the change says. */
    Statement newStatement(Lookups lookups);

    void applyTo(Statement statement, Lookups lookups);

    /** People and organizations by the keys the form's references resolved to. */
    interface Lookups {

        Optional<Person> person(String slug);

        Optional<Organization> organization(String slug);
    }
}
