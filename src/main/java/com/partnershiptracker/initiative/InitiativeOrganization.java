package com.partnershiptracker.initiative;

import com.partnershiptracker.organization.Organization;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.util.Objects;

/** An organization involved in an initiative, in a role. */
@Embeddable
public class InitiativeOrganization {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private InitiativeRole role;

    protected InitiativeOrganization() {
    }

    public InitiativeOrganization(Organization organization, InitiativeRole role) {
        this.organization = Objects.requireNonNull(organization, "organization");
        this.role = Objects.requireNonNull(role, "role");
    }

    public Organization getOrganization() {
        return organization;
    }

    public InitiativeRole getRole() {
        return role;
    }
}
