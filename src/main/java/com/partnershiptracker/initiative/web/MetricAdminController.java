package com.partnershiptracker.initiative.web;

import com.partnershiptracker.websupport.Conflicts;
import com.partnershiptracker.websupport.RejectedEdits;
import com.partnershiptracker.lookup.ReferenceText;
import com.partnershiptracker.lookup.ReferenceFields;
import com.partnershiptracker.lookup.LookupMatch;
import com.partnershiptracker.lookup.LookupKind;
import com.partnershiptracker.initiative.Initiative;
import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.initiative.MetricKind;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.shared.StaleRecordException;
import com.partnershiptracker.websupport.DeleteConfirmation;
import com.partnershiptracker.websupport.PageQuery;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import com.partnershiptracker.review.DraftGate;
import java.util.Optional;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;


@Controller
@RequestMapping("/admin/metrics")
class MetricAdminController {

    static final String LIST_VIEW = "admin/metrics/list";
    static final String FORM_VIEW = "admin/metrics/form";

    private final InitiativeService initiatives;
    private final Conflicts conflicts;
    private final OrganizationService organizations;
    private final ProgressLinkCheck progressLinks;
    private final ReferenceFields references;

    private final DraftGate drafts;

    MetricAdminController(InitiativeService initiatives, OrganizationService organizations, ReferenceFields references,
                          Conflicts conflicts, DraftGate drafts) {
        this.drafts = drafts;
        this.conflicts = conflicts;
        this.initiatives = initiatives;
        this.organizations = organizations;
        this.references = references;
        this.progressLinks = new ProgressLinkCheck(initiatives, organizations);
    }

    @ModelAttribute("kinds")
    MetricKind[] kinds() {
        return MetricKind.values();
    }

    @GetMapping
    String list(@org.springframework.web.bind.annotation.RequestParam(name = "q", required = false) String text,
                @ModelAttribute("query") PageQuery query, Model model) {
        model.addAttribute("q", text);
        model.addAttribute("page", initiatives.searchMetrics(text, query.toSlice()));
        return LIST_VIEW;
    }

    /** A new figure; from an initiative's page the initiative comes pre-selected. */
    @GetMapping("/new")
    String initCreateForm(@org.springframework.web.bind.annotation.RequestParam(name = "initiative", required = false) Long initiative,
                          @RequestParam(required = false) Long draft, Model model) {
        Optional<MetricForm> reopened = drafts.reopen(draft, MetricForm.class);
        if (reopened.isPresent()) {
            model.addAttribute("form", reopened.get());
            return FORM_VIEW;
        }
        MetricForm form = new MetricForm();
        if (initiative != null) {
            initiatives.findById(initiative).ifPresent(chosen -> form.setInitiative(ReferenceText.ofId(chosen.getTitle(), chosen.getId())));
        }
        model.addAttribute("form", form);
        return FORM_VIEW;
    }

    @PostMapping("/new")
    String processCreateForm(@Valid @ModelAttribute("form") MetricForm form, BindingResult result, RedirectAttributes redirect) {
        Organization about = organizationOrReject(form, result);
        Initiative of = initiativeOrReject(form, result);
        progressLinks.targetOrReject(form, chosenTarget(result), null, about, of, result);
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        if (drafts.mustDraft()) {
            return drafts.save(MetricDraftKind.NAME, null, form, redirect);
        }
        try {
            initiatives.createMetric(form);
        } catch (IllegalArgumentException e) {
            RejectedEdits.reject(result, e);
            return FORM_VIEW;
        }
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/admin/metrics";
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@PathVariable long id, @RequestParam(required = false) Long draft, Model model) {
        Metric metric = initiatives.getMetric(id);
        model.addAttribute("form", drafts.reopen(draft, MetricForm.class).orElseGet(() -> MetricForm.from(metric)));
        model.addAttribute("metricId", id);
        addActualsToward(metric, model);
        return FORM_VIEW;
    }

    @PostMapping("/{id}/edit")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") MetricForm form, BindingResult result,
                             Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!form.getTakeTheirs().isEmpty()) {
            form.takeChosenFieldsFrom(MetricForm.from(initiatives.getMetric(id)));
        }
        Metric current = initiatives.getMetric(id);
        model.addAttribute("metricId", id);
        addActualsToward(current, model);
        if (form.getKind() != current.getKind()) {
            result.rejectValue("kind", "validation.kindFixed");
        }
        Organization about = organizationOrReject(form, result);
        Initiative of = initiativeOrReject(form, result);
        progressLinks.targetOrReject(form, chosenTarget(result), id, about, of, result);
        progressLinks.rejectIfActualsWouldNotMatch(id, form, about, of, result);
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        try {
            if (drafts.mustDraft()) {
                return drafts.save(MetricDraftKind.NAME, id, form, redirect);
            }
            initiatives.updateMetric(id, form.expectedVersion(), form);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/admin/metrics";
        } catch (StaleRecordException | ObjectOptimisticLockingFailureException e) {
            Metric latest = initiatives.getMetric(id);
            conflicts.show(model, response, form, MetricForm.from(latest));
            return FORM_VIEW;
        } catch (IllegalArgumentException e) {
            RejectedEdits.reject(result, e);
            return FORM_VIEW;
        }
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        Metric metric = initiatives.getMetric(id);
        return DeleteConfirmation.show(model, metric.getMeasure().in(org.springframework.context.i18n.LocaleContextHolder.getLocale()),
                "/admin/metrics/" + id + "/delete", "/admin/metrics", java.util.Map.of(), metric.getVersion());
    }

    @PostMapping("/{id}/delete")
    String processDelete(@PathVariable long id, @RequestParam long version, Model model, RedirectAttributes redirect,
                         HttpServletResponse response) {
        if (DeleteConfirmation.isStale(version, initiatives.getMetric(id).getVersion(), model, response)) {
            return confirmDelete(id, model);
        }
        initiatives.deleteMetric(id);
        redirect.addFlashAttribute("flash", "flash.deleted");
        return "redirect:/admin/metrics";
    }

    /** On a target's form, the actuals recorded against it. */
    private void addActualsToward(Metric metric, Model model) {
        if (metric.getKind() == MetricKind.TARGET) {
            model.addAttribute("actualsToward", initiatives.actualsToward(metric.getId()));
        }
    }

    private Organization organizationOrReject(MetricForm form, BindingResult result) {
        return references.resolve(result, "organization", LookupKind.ORGANIZATIONS)
                .flatMap(match -> organizations.findBySlug(match.key())).orElse(null);
    }

    private Initiative initiativeOrReject(MetricForm form, BindingResult result) {
        return references.resolve(result, "initiative", LookupKind.INITIATIVES)
                .flatMap(match -> initiatives.findById(match.id())).orElse(null);
    }

    /** The id of the target the form names, or null when it names none (or no single one: then the field has the error). */
    private Long chosenTarget(BindingResult result) {
        return references.resolve(result, "progressToward", LookupKind.TARGETS).map(LookupMatch::id).orElse(null);
    }
}
