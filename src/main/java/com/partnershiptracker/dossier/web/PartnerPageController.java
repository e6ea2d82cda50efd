package com.partnershiptracker.dossier.web;

import com.partnershiptracker.agreement.AgreementSummary;
import com.partnershiptracker.agreement.PartySummary;
import com.partnershiptracker.dossier.PartnerDossier;
import com.partnershiptracker.dossier.PartnerDossierService;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.shared.FactKind;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Controller
class PartnerPageController {

    static final String VIEW = "organizations/show";

    private final PartnerDossierService dossiers;

    PartnerPageController(PartnerDossierService dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping("/organizations/{slug}")
    String show(@PathVariable String slug, Model model) {
        PartnerDossier dossier = dossiers.dossierOf(slug, true, LocaleContextHolder.getLocale());
        model.addAttribute("dossier", dossier);
        model.addAttribute("byCounterpart", byCounterpart(dossier));
        model.addAttribute("organizationKinds", OrganizationKind.values());
        model.addAttribute("factKinds", FactKind.values());
        return VIEW;
    }

    /**
     * The partner's agreements under each counterpart: every other party. An agreement with three
     * counterparts appears under each of them.
     */
    private static Map<PartySummary, List<AgreementSummary>> byCounterpart(PartnerDossier dossier) {
        Map<String, PartySummary> counterparts = new LinkedHashMap<>();
        Map<String, List<AgreementSummary>> agreements = new LinkedHashMap<>();
        for (AgreementSummary agreement : dossier.agreements().getContent()) {
            for (PartySummary party : agreement.parties()) {
                if (dossier.coveredOrganizationIds().contains(party.organizationId())) {
                    continue;
                }
                counterparts.putIfAbsent(party.slug(), party);
                agreements.computeIfAbsent(party.slug(), s -> new ArrayList<>()).add(agreement);
            }
        }
        Map<PartySummary, List<AgreementSummary>> result = new LinkedHashMap<>();
        counterparts.forEach((slug, party) -> result.put(party, agreements.get(slug)));
        return result;
    }
}
