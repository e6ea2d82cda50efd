package com.partnershiptracker.agreement.web;

import com.partnershiptracker.agreement.AgreementDetails;
import com.partnershiptracker.agreement.AgreementFilter;
import com.partnershiptracker.agreement.AgreementKind;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.agreement.ProducedInitiatives;
import com.partnershiptracker.agreement.TimeToLaunch;
import com.partnershiptracker.shared.LaunchSpan;
import com.partnershiptracker.agreement.AgreementSort;
import com.partnershiptracker.agreement.AgreementStatus;
import com.partnershiptracker.agreement.AttendeeView;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.organization.PartnerPicker;
import com.partnershiptracker.person.PersonService;
import com.partnershiptracker.person.Position;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

@Controller
class AgreementController {

    static final String LIST_VIEW = "agreements/list";
    static final String SHOW_VIEW = "agreements/show";

    private final AgreementService agreements;
    private final ProducedInitiatives initiatives;
    private final PersonService people;
    private final OrganizationService organizations;
    private final int partnerListLimit;

    AgreementController(AgreementService agreements, ProducedInitiatives initiatives, PersonService people,
                        OrganizationService organizations, @Value("${app.partner-filter.list-limit}") int partnerListLimit) {
        this.partnerListLimit = partnerListLimit;
        this.agreements = agreements;
        this.initiatives = initiatives;
        this.people = people;
        this.organizations = organizations;
    }

    @GetMapping("/agreements")
    String list(@ModelAttribute("query") AgreementQuery query, Model model) {
        AgreementFilter filter = query.toFilter();
        model.addAttribute("page", agreements.search(filter, LocaleContextHolder.getLocale()));
        model.addAttribute("partnerPicker", PartnerPicker.of(organizations.hierarchy(), filter.partners(), partnerListLimit));
        model.addAttribute("unknownPartners", organizations.selectPartners(filter.partners(), false).unknownSlugs());
        model.addAttribute("kindOptions", AgreementKind.values());
        model.addAttribute("statusOptions", AgreementStatus.values());
        model.addAttribute("sortOptions", AgreementSort.values());
        return LIST_VIEW;
    }

    @GetMapping("/agreements/{id}")
    String show(@PathVariable long id, Model model) {
        AgreementDetails agreement = agreements.getDetails(id);
        List<ProducedInitiatives.Produced> produced = initiatives.from(id);
        model.addAttribute("agreement", agreement);
        model.addAttribute("initiatives", produced);
        model.addAttribute("titles", titlesAtTheTime(agreement));
        model.addAttribute("milestones", Milestone.of(agreement, produced));
        model.addAttribute("launchSpans", launchSpans(agreement, produced));
        model.addAttribute("timeToLaunch", TimeToLaunch.of(agreement.signed(),
                produced.stream().map(ProducedInitiatives.Produced::launched).toList()));
        return SHOW_VIEW;
    }

    /** The time from signing to each launched initiative's launch, keyed by initiative id. */
    private static Map<Long, LaunchSpan> launchSpans(AgreementDetails agreement, List<ProducedInitiatives.Produced> produced) {
        Map<Long, LaunchSpan> spans = new HashMap<>();
        for (ProducedInitiatives.Produced initiative : produced) {
            LaunchSpan span = LaunchSpan.between(agreement.signed(), initiative.launched());
            if (span != null) {
                spans.put(initiative.id(), span);
            }
        }
        return spans;
    }

    /** Each attendee's title at the organization they stood for, keyed by person id. */
    private Map<Long, Position> titlesAtTheTime(AgreementDetails agreement) {
        List<Long> personIds = agreement.attendees().stream().map(AttendeeView::personId).distinct().toList();
        Map<Long, Position> titles = new HashMap<>();
        for (Position position : people.positionsOfPeople(personIds)) {
            for (AttendeeView attendee : agreement.attendees()) {
                if (attendee.personId() == position.getPerson().getId() && attendee.representing() != null
                        && Objects.equals(attendee.representing().id(), position.getOrganization().getId())) {
                    titles.putIfAbsent(attendee.personId(), position);
                }
            }
        }
        return titles;
    }
}
