package com.partnershiptracker.agreement;

import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.organization.PartnerSelection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
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

    private final AgreementDetailsLoader detailsLoader;

    AgreementService(AgreementRepository agreements, AgreementListing listing, OrganizationService organizations,
                     AgreementDetailsLoader detailsLoader) {
        this.agreements = agreements;
        this.listing = listing;
        this.organizations = organizations;
        this.detailsLoader = detailsLoader;
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
     * One page of agreements matching the filter, each with every detail, in a fixed number of
     * statements: the page, then each collection in one batch.
     */
    public Page<AgreementDetails> searchDetailed(AgreementFilter filter, Locale locale) {
        Page<AgreementSummary> page = search(filter, locale);
        List<AgreementDetails> details = page.isEmpty() ? List.of()
                : detailsLoader.load(page.getContent().stream().map(AgreementSummary::id).toList());
        return new PageImpl<>(details, page.getPageable(), page.getTotalElements());
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
