package com.partnershiptracker.person;

/** An edit to a person, applied inside the saving transaction. */
public interface PersonChange {

    /** The person a create starts from. */
    Person newPerson();

    void applyTo(Person person);
}
