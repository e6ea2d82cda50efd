package com.partnershiptracker.agreement;

import com.partnershiptracker.organization.Organization;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.util.Objects;

/** An organization that is party to an agreement, in a role. */
@Embeddable
public class AgreementParty {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private PartyRole role;

    protected AgreementParty() {
    }

    public AgreementParty(Organization organization, PartyRole role) {
        this.organization = Objects.requireNonNull(organization, "organization");
        this.role = Objects.requireNonNull(role, "role");
    }

    public Organization getOrganization() {
        return organization;
    }

    public PartyRole getRole() {
        return role;
    }
}
