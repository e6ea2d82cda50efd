package com.partnershiptracker.agreement;

import com.partnershiptracker.organization.OrganizationRef;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.source.CitationLookup;
import com.partnershiptracker.source.SourceCitation;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns agreements into {@link AgreementDetails}. Collections load in batches (Hibernate's batch
 * fetch size), and citations in one statement, so many agreements cost the same as one.
 */
@Component
class AgreementDetailsLoader {

    private final AgreementRepository agreements;
    private final CitationLookup citations;

    AgreementDetailsLoader(AgreementRepository agreements, CitationLookup citations) {
        this.agreements = agreements;
        this.citations = citations;
    }

    List<AgreementDetails> load(Collection<Long> ids) {
        List<Agreement> loaded = agreements.findAllById(ids).stream()
                .sorted(Comparator.comparingInt(a -> List.copyOf(ids).indexOf(a.getId()))).toList();
        Map<FactRef, List<SourceCitation>> cited = citations.citationsOf(
                loaded.stream().map(a -> new FactRef(FactKind.AGREEMENT, a.getId())).toList());
        return loaded.stream().map(a -> details(a, cited.getOrDefault(new FactRef(FactKind.AGREEMENT, a.getId()), List.of())))
                .toList();
    }

    private static AgreementDetails details(Agreement agreement, List<SourceCitation> citations) {
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
        return new AgreementDetails(agreement.getId(), agreement.getVersion(), agreement.getTitle(), agreement.getKind(),
                agreement.getStatus(), agreement.getPlace(), agreement.getSummary(), agreement.getAnnounced(),
                agreement.getSigned(), agreement.getEffective(), agreement.getEnded(), parties,
                agreement.getAreas().stream().map(CooperationArea::getLabel).toList(), attendees, citations);
    }
}
