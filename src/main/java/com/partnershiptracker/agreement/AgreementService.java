package com.partnershiptracker.agreement;

import com.partnershiptracker.organization.OrganizationRef;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.source.CitationLookup;
import com.partnershiptracker.organization.PartnerSelection;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Service
@Transactional(readOnly = true)
public class AgreementService {

    private final AgreementRepository agreements;
    private final AgreementListing listing;
    private final OrganizationService organizations;

    private final CitationLookup citations;

    AgreementService(AgreementRepository agreements, AgreementListing listing, OrganizationService organizations,
                     CitationLookup citations) {
        this.agreements = agreements;
        this.listing = listing;
        this.organizations = organizations;
        this.citations = citations;
    }

    /**
     * The agreement with its parties, areas, attendees and citations, in a fixed number of statements.
     *
     * @throws AgreementNotFoundException when no agreement has that id
     */
    public AgreementDetails getDetails(long id) {
        Agreement agreement = getById(id);
        List<PartySummary> parties = agreement.getParties().stream()
                .map(party -> new PartySummary(party.getOrganization().getId(), party.getOrganization().getSlug(),
                        party.getOrganization().getName(), party.getOrganization().getKind(), party.getRole()))
                .toList();
        List<AttendeeView> attendees = agreement.getAttendees().stream()
                .map(attendee -> new AttendeeView(attendee.getPerson().getId(), attendee.getPerson().getSlug(),
                        attendee.getPerson().getName(), attendee.getRole(),
                        attendee.getRepresenting() == null ? null : new OrganizationRef(attendee.getRepresenting().getId(),
                                attendee.getRepresenting().getSlug(), attendee.getRepresenting().getName(),
                                attendee.getRepresenting().getKind())))
                .toList();
        FactRef fact = new FactRef(FactKind.AGREEMENT, id);
        return new AgreementDetails(id, agreement.getVersion(), agreement.getTitle(), agreement.getKind(),
                agreement.getStatus(), agreement.getPlace(), agreement.getSummary(), agreement.getAnnounced(),
                agreement.getSigned(), agreement.getEffective(), agreement.getEnded(), parties,
                agreement.getAreas().stream().map(CooperationArea::getLabel).toList(), attendees,
                citations.citationsOf(List.of(fact)).getOrDefault(fact, List.of()));
    }

    public Optional<Agreement> findById(long id) {
        return agreements.findById(id);
    }

    /** @throws AgreementNotFoundException when no agreement has that id */
    public Agreement getById(long id) {
        return agreements.findById(id).orElseThrow(() -> new AgreementNotFoundException(id));
    }

    /**
     * One page of agreements matching the filter, with their parties, in a fixed number of
     * statements. A partner filter naming only unknown organizations matches nothing. Titles sort
     * in the locale's language.
     */
    public Page<AgreementSummary> search(AgreementFilter filter, Locale locale) {
        PartnerSelection partners = filter.partners().isEmpty()
                ? null
                : organizations.selectPartners(filter.partners(), filter.includeAffiliates());
        return listing.find(filter, partners, locale);
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
