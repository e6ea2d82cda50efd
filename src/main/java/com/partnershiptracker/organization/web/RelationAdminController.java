package com.partnershiptracker.organization.web;

import com.partnershiptracker.websupport.Conflicts;
import com.partnershiptracker.websupport.RejectedEdits;
import com.partnershiptracker.lookup.ReferenceFields;
import com.partnershiptracker.lookup.LookupKind;
import com.partnershiptracker.lookup.ReferenceText;
import com.partnershiptracker.organization.OrganizationRelation;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.organization.RelationKind;
import com.partnershiptracker.shared.StaleRecordException;
import com.partnershiptracker.websupport.DeleteConfirmation;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

@Controller
@RequestMapping("/admin/relations")
class RelationAdminController {

    static final String LIST_VIEW = "admin/relations/list";
    static final String FORM_VIEW = "admin/relations/form";

    private final OrganizationService organizations;
    private final Conflicts conflicts;
    private final ReferenceFields references;

    private final DraftGate drafts;

    RelationAdminController(OrganizationService organizations, ReferenceFields references, Conflicts conflicts, DraftGate drafts) {
        this.drafts = drafts;
        this.conflicts = conflicts;
        this.organizations = organizations;
        this.references = references;
    }

    @ModelAttribute("kinds")
    RelationKind[] kinds() {
        return RelationKind.values();
    }

    @GetMapping
    String list(@org.springframework.web.bind.annotation.RequestParam(name = "q", required = false) String text,
                @ModelAttribute("query") com.partnershiptracker.websupport.PageQuery query, Model model) {
        String needle = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        List<OrganizationRelation> matching = organizations.allRelations().stream()
                .filter(r -> needle.isEmpty() || mentions(r, needle)).toList();
        com.partnershiptracker.shared.PageSlice slice = query.toSlice();
        int from = (int) Math.min(slice.offset(), matching.size());
        int to = Math.min(from + slice.size(), matching.size());
        model.addAttribute("q", text);
        model.addAttribute("page", new org.springframework.data.domain.PageImpl<>(matching.subList(from, to),
                org.springframework.data.domain.PageRequest.of(slice.page(), slice.size()), matching.size()));
        return LIST_VIEW;
    }

    private static boolean mentions(OrganizationRelation relation, String needle) {
        return java.util.stream.Stream.of(relation.getSubject().getSlug(), relation.getObject().getSlug(),
                        relation.getSubject().getName().ko(), relation.getSubject().getName().en(),
                        relation.getObject().getName().ko(), relation.getObject().getName().en())
                .anyMatch(value -> value != null && value.toLowerCase(java.util.Locale.ROOT).contains(needle));
    }

    @GetMapping("/new")
    String initCreateForm(@RequestParam(required = false) Long draft, Model model) {
        model.addAttribute("form", drafts.reopen(draft, RelationForm.class).orElseGet(RelationForm::new));
        return FORM_VIEW;
    }

    @PostMapping("/new")
    String processCreateForm(@Valid @ModelAttribute("form") RelationForm form, BindingResult result, RedirectAttributes redirect) {
        checkReferences(form, result);
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        if (drafts.mustDraft()) {
            return drafts.save(RelationDraftKind.NAME, null, form, redirect);
        }
        try {
            organizations.createRelation(form);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/organizations/" + ReferenceText.keyOf(form.getSubject());
        } catch (IllegalArgumentException e) {
            RejectedEdits.reject(result, e);
            return FORM_VIEW;
        }
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@PathVariable long id, @RequestParam(required = false) Long draft, Model model) {
        model.addAttribute("form", drafts.reopen(draft, RelationForm.class).orElseGet(() -> RelationForm.from(organizations.getRelation(id))));
        model.addAttribute("relationId", id);
        return FORM_VIEW;
    }

    @PostMapping("/{id}/edit")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") RelationForm form, BindingResult result,
                             Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!form.getTakeTheirs().isEmpty()) {
            form.takeChosenFieldsFrom(RelationForm.from(organizations.getRelation(id)));
        }
        organizations.getRelation(id);
        model.addAttribute("relationId", id);
        checkReferences(form, result);
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        try {
            if (drafts.mustDraft()) {
                return drafts.save(RelationDraftKind.NAME, id, form, redirect);
            }
            organizations.updateRelation(id, form.expectedVersion(), form);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/admin/relations";
        } catch (StaleRecordException | ObjectOptimisticLockingFailureException e) {
            OrganizationRelation latest = organizations.getRelation(id);
            conflicts.show(model, response, form, RelationForm.from(latest));
            return FORM_VIEW;
        } catch (IllegalArgumentException e) {
            RejectedEdits.reject(result, e);
            return FORM_VIEW;
        }
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        OrganizationRelation relation = organizations.getRelation(id);
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return DeleteConfirmation.show(model, relation.getSubject().getName().in(locale) + " → " + relation.getObject().getName().in(locale),
                "/admin/relations/" + id + "/delete", "/admin/relations", java.util.Map.of(), relation.getVersion());
    }

    @PostMapping("/{id}/delete")
    String processDelete(@PathVariable long id, @RequestParam long version, Model model, RedirectAttributes redirect,
                         HttpServletResponse response) {
        if (DeleteConfirmation.isStale(version, organizations.getRelation(id).getVersion(), model, response)) {
            return confirmDelete(id, model);
        }
        organizations.deleteRelation(id);
        redirect.addFlashAttribute("flash", "flash.deleted");
        return "redirect:/admin/relations";
    }

    /** Two texts can name one organization ("Woori Bank", "woori-bank"): compared again once both are resolved. */
    private static void rejectIfSameOrganization(RelationForm form, BindingResult result) {
        if (!form.isBetweenTwoOrganizations() && !result.hasFieldErrors("betweenTwoOrganizations")) {
            result.rejectValue("betweenTwoOrganizations", "validation.sameOrganization");
        }
    }

    /** Both organizations resolved, each an error on its own field when unknown, and not one organization twice. */
    private void checkReferences(RelationForm form, BindingResult result) {
        references.resolve(result, "subject", LookupKind.ORGANIZATIONS);
        references.resolve(result, "object", LookupKind.ORGANIZATIONS);
        rejectIfSameOrganization(form, result);
    }
}
