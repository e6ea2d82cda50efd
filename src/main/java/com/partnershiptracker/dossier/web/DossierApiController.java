package com.partnershiptracker.dossier.web;

import com.partnershiptracker.dossier.PartnerDossier;
import com.partnershiptracker.dossier.PartnerDossierService;
import com.partnershiptracker.initiative.InitiativeStatus;
import com.partnershiptracker.initiative.web.MetricJson;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.RelationKind;
import com.partnershiptracker.shared.web.PartialDateJson;
import org.springframework.context.i18n.LocaleContextHolder;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** One organization with everything the record holds about it, as JSON. */
@RestController
@Tag(name = "Organizations", description = "Organizations, group structure and relations; one organization with everything the record holds about it.")
class DossierApiController {

    private final PartnerDossierService dossiers;

    DossierApiController(PartnerDossierService dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping("/api/v1/organizations/{slug}")
    DossierJson show(@PathVariable String slug) {
        PartnerDossier dossier = dossiers.dossierOf(slug, true, LocaleContextHolder.getLocale());
        Organization org = dossier.organization();
        return new DossierJson(org.getSlug(), org.getName().ko(), org.getName().en(), org.getKind(),
                org.getParent() == null ? null : org.getParent().getSlug(), org.getAliases(),
                dossier.affiliates().stream().map(Organization::getSlug).toList(),
                dossier.relations().stream().map(r -> {
                    boolean outgoing = r.getSubject().getId().equals(org.getId());
                    return new RelationJson(r.getKind(), outgoing ? "OUTGOING" : "INCOMING",
                            outgoing ? r.getObject().getSlug() : r.getSubject().getSlug());
                }).toList(),
                dossier.agreements().getContent().stream().map(a -> new AgreementRefJson(a.id(), a.title().ko(), a.title().en(),
                        PartialDateJson.of(a.date()), "/agreements/" + a.id())).toList(),
                dossier.initiatives().stream().map(i -> new InitiativeRefJson(i.getId(), i.getTitle().ko(), i.getTitle().en(),
                        i.getStatus())).toList(),
                dossier.positions().stream().map(p -> new PersonJson(p.getPerson().getSlug(), p.getPerson().getName().ko(),
                        p.getPerson().getName().en(), p.getTitle().ko(), p.getTitle().en(), p.getOrganization().getSlug(),
                        PartialDateJson.of(p.getStarted()), PartialDateJson.of(p.getEnded()))).toList(),
                dossier.metrics().stream().map(MetricJson::of).toList());
    }

    record DossierJson(String slug, String nameKo, String nameEn, OrganizationKind kind, String parent, List<String> aliases,
                       List<String> affiliates, List<RelationJson> relations, List<AgreementRefJson> agreements,
                       List<InitiativeRefJson> initiatives, List<PersonJson> people, List<MetricJson> metrics) {
    }

    record RelationJson(RelationKind kind, String direction, String slug) {
    }

    record AgreementRefJson(long id, String titleKo, String titleEn, PartialDateJson date, String url) {
    }

    record InitiativeRefJson(long id, String titleKo, String titleEn, InitiativeStatus status) {
    }

    record PersonJson(String slug, String nameKo, String nameEn, String titleKo, String titleEn, String organization,
                      PartialDateJson started, PartialDateJson ended) {
    }
}
