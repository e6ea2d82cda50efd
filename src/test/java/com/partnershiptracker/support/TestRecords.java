package com.partnershiptracker.support;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.agreement.AgreementKind;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.agreement.AgreementStatus;
import com.partnershiptracker.agreement.PartyRole;
import com.partnershiptracker.initiative.Initiative;
import com.partnershiptracker.initiative.InitiativeKind;
import com.partnershiptracker.initiative.InitiativeRole;
import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.initiative.InitiativeStatus;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.person.Person;
import com.partnershiptracker.person.PersonService;
import com.partnershiptracker.person.Position;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Citation;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.source.SourceKind;
import com.partnershiptracker.source.SourceService;
import jakarta.persistence.EntityManager;
import org.springframework.boot.test.context.TestComponent;

/** Object mother for integration tests: persists small, valid records through the services. */
@TestComponent
public class TestRecords {

    private final OrganizationService organizations;
    private final AgreementService agreements;
    private final InitiativeService initiatives;
    private final PersonService people;
    private final SourceService sources;
    private final EntityManager entityManager;

    TestRecords(OrganizationService organizations, AgreementService agreements, InitiativeService initiatives,
                PersonService people, SourceService sources, EntityManager entityManager) {
        this.organizations = organizations;
        this.agreements = agreements;
        this.initiatives = initiatives;
        this.people = people;
        this.sources = sources;
        this.entityManager = entityManager;
    }

    public Source source(String headline) {
        Source source = new Source(SourceKind.NEWS_ARTICLE, "Test Daily", Bilingual.of(headline, null), "ko");
        source.datePublished(PartialDate.ofDay(2020, 9, 14));
        return sources.save(source);
    }

    public Organization organization(String slug, OrganizationKind kind) {
        return organization(slug, kind, null);
    }

    public Organization organization(String slug, OrganizationKind kind, Organization parent) {
        Organization organization = new Organization(slug, Bilingual.of(slug + " (ko)", slug + " (en)"), kind);
        organization.placeUnder(parent);
        return organizations.save(organization);
    }

    /** A signed MOU between two or more organizations, cited to the source. */
    public Agreement agreement(String title, PartialDate signed, Source source, Organization... parties) {
        Agreement agreement = new Agreement(Bilingual.of(title + " 협약", title), AgreementKind.MOU, AgreementStatus.SIGNED);
        for (Organization party : parties) {
            agreement.addParty(party, PartyRole.PRINCIPAL);
        }
        agreement.signOn(signed);
        agreement.cite(Citation.supporting(source, "quote for " + title));
        return agreements.save(agreement);
    }

    public Initiative initiative(String title, PartialDate launched, Source source, Organization... involved) {
        Initiative initiative = new Initiative(Bilingual.of(title + " 서비스", title), InitiativeKind.SERVICE,
                InitiativeStatus.LAUNCHED);
        for (Organization organization : involved) {
            initiative.involve(organization, InitiativeRole.PARTNER);
        }
        initiative.launchOn(launched);
        initiative.cite(Citation.supporting(source, "quote for " + title));
        return initiatives.save(initiative);
    }

    public Position position(String personSlug, Organization organization, PartialDate started, Source source) {
        Person person = people.save(new Person(personSlug, Bilingual.of("홍길동", "Hong Gil-dong")));
        Position position = new Position(person, organization, Bilingual.of("행장", "CEO"));
        position.heldDuring(started, null);
        position.cite(Citation.supporting(source, "취임"));
        return people.save(position);
    }

    /** Writes pending changes, so that SQL read models in the same transaction see them. */
    public void flush() {
        entityManager.flush();
    }

    /** Flushes and forgets loaded entities, so that the next read comes from the database. */
    public void flushAndClear() {
        entityManager.flush();
        entityManager.clear();
    }
}
