package com.partnershiptracker.agreement;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.person.Person;
import com.partnershiptracker.person.PersonService;
import com.partnershiptracker.shared.StaleRecordException;
import com.partnershiptracker.export.ExportSink;
import com.partnershiptracker.organization.PartnerSelection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@Service
@Transactional(readOnly = true)
public class AgreementService {

    private final AgreementRepository agreements;
    private final AgreementListing listing;
    private final OrganizationService organizations;

    private final AgreementDetailsLoader detailsLoader;
    private final PersonService people;
    private final AgreementReferences references;
    private final AgreementStream stream;

    AgreementService(AgreementRepository agreements, AgreementListing listing, OrganizationService organizations,
                     AgreementDetailsLoader detailsLoader, PersonService people, AgreementReferences references,
                     AgreementStream stream) {
        this.agreements = agreements;
        this.listing = listing;
        this.organizations = organizations;
        this.detailsLoader = detailsLoader;
        this.people = people;
        this.references = references;
        this.stream = stream;
    }

    /**
     * Applies an edit if nobody saved the agreement since version {@code expectedVersion} was loaded.
     *
     * @throws StaleRecordException when it changed in the meantime
     * @throws IllegalArgumentException when the edit breaks a rule (fewer than two parties, end before signing)
     */
    @Transactional
    public Agreement update(long id, long expectedVersion, AgreementChange change) {
        Agreement agreement = getById(id);
        agreement.requireVersion(expectedVersion);
        change.applyTo(agreement, lookups());
        return save(agreement);
    }

    /** Creates an agreement from an edit applied to a new record. */
    @Transactional
    public Agreement create(Agreement agreement, AgreementChange change) {
        change.applyTo(agreement, lookups());
        return save(agreement);
    }

    /** What refers to the agreement, by kind. */
    public Map<String, Long> referencesTo(long id) {
        return references.count(id);
    }

    /**
     * Deletes an agreement no initiative came from.
     *
     * @throws IllegalStateException when initiatives refer to it
     */
    @Transactional
    public void delete(long id) {
        if (!referencesTo(id).isEmpty()) {
            throw new IllegalStateException("Referenced agreements are not deleted");
        }
        agreements.delete(getById(id));
    }

    private AgreementChange.Lookups lookups() {
        return new AgreementChange.Lookups() {
            @Override
            public Optional<Organization> organization(String slug) {
                return organizations.findBySlug(slug);
            }

            @Override
            public Optional<Person> person(String slug) {
                return people.findBySlug(slug);
            }
        };
    }

    /** The agreements with these ids (those that exist), each with every detail, in a fixed number of statements. */
    public List<AgreementDetails> detailsOf(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : detailsLoader.load(ids);
    }

    /** The ids of agreements titled, in Korean or English, one of these lower-case titles; one statement. */
    public List<Long> idsTitled(Collection<String> lowerCaseTitles) {
        return lowerCaseTitles.isEmpty() ? List.of() : agreements.findIdsByLowerTitleIn(lowerCaseTitles);
    }

    public Optional<Agreement> findById(long id) {
        return agreements.findById(id);
    }

    /** @throws AgreementNotFoundException when no agreement has that id */
    public Agreement getById(long id) {
        return agreements.findById(id).orElseThrow(() -> new AgreementNotFoundException(id));
    }

    /**
     * The agreement with its parties, areas, attendees and citations, in a fixed number of statements.
     *
     * @throws AgreementNotFoundException when no agreement has that id
     */
    public AgreementDetails getDetails(long id) {
        return detailsLoader.load(List.of(id)).stream().findFirst().orElseThrow(() -> new AgreementNotFoundException(id));
    }

    /**
     * One page of agreements matching the filter, each with every detail, in five statements
     * whatever the number of rows: the count and the page's ids, then the details (see
     * {@link AgreementDetailsLoader}).
     */
    public Page<AgreementDetails> searchDetailed(AgreementFilter filter, Locale locale) {
        Page<Long> ids = listing.findIds(filter, partnersOf(filter), locale);
        List<AgreementDetails> details = detailsLoader.load(ids.getContent());
        return new PageImpl<>(details, ids.getPageable(), ids.getTotalElements());
    }

    /**
     * One page of agreements matching the filter, with their parties, in a fixed number of
     * statements. A partner filter naming only unknown organizations matches nothing. Titles sort
     * in the locale's language.
     */
    public Page<AgreementSummary> search(AgreementFilter filter, Locale locale) {
        return listing.find(filter, partnersOf(filter), locale);
    }

    private PartnerSelection partnersOf(AgreementFilter filter) {
        return filter.partners().isEmpty()
                ? null
                : organizations.selectPartners(filter.partners(), filter.includeAffiliates());
    }

    /**
     * Every agreement matching the filter, whatever its page, in the list's order, with its parties
     * and sources, handed to the sink as it is read from a database cursor: memory holds a few
     * hundred rows however many match. One read-only transaction (and connection) for the whole
     * read; statements: the partner lookup, the rows, and two per {@value com.partnershiptracker.export.CursorReader#CHUNK} rows.
     */
    public void forEachMatching(AgreementFilter filter, Locale locale, ExportSink<CitedAgreement> sink) {
        PartnerSelection partners = filter.partners().isEmpty()
                ? null
                : organizations.selectPartners(filter.partners(), filter.includeAffiliates());
        stream.forEachMatching(filter, partners, locale, sink);
    }

    /** The newest agreements any of the organizations is party to, with their parties and the total; one statement. */
    public Page<AgreementSummary> newestOf(Collection<Long> organizationIds, int size) {
        return listing.newestOf(organizationIds, size);
    }

    /**
     * Saves an agreement after checking the rules no single setter can: it has at least two parties.
     *
     * @throws IllegalArgumentException when it has fewer than two parties
     */
    @Transactional
    public Agreement save(Agreement agreement) {
        if (!agreement.hasEnoughParties()) {
            throw new IllegalArgumentException("An agreement needs at least " + Agreement.MINIMUM_PARTIES + " parties");
        }
        return agreements.save(agreement);
    }
}
