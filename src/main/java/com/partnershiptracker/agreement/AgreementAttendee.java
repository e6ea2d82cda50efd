package com.partnershiptracker.agreement;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.person.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.util.Objects;

/** A person who signed, attended or proposed an agreement, and the organization they stood for. */
@Embeddable
public class AgreementAttendee {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private Organization representing;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private AttendeeRole role;

    protected AgreementAttendee() {
    }

    public AgreementAttendee(Person person, Organization representing, AttendeeRole role) {
        this.person = Objects.requireNonNull(person, "person");
        this.representing = representing;
        this.role = Objects.requireNonNull(role, "role");
    }

    public Person getPerson() {
        return person;
    }

    public Organization getRepresenting() {
        return representing;
    }

    public AttendeeRole getRole() {
        return role;
    }
}
