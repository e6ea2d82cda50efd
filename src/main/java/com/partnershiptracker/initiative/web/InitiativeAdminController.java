package com.partnershiptracker.initiative.web;

import com.partnershiptracker.websupport.Conflicts;
import com.partnershiptracker.websupport.RejectedEdits;
import com.partnershiptracker.lookup.ReferenceFields;
import com.partnershiptracker.lookup.LookupKind;
import com.partnershiptracker.initiative.Initiative;
import com.partnershiptracker.initiative.InitiativeKind;
import com.partnershiptracker.initiative.InitiativeRole;
import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.initiative.InitiativeStatus;
import com.partnershiptracker.shared.StaleRecordException;
import com.partnershiptracker.websupport.DeleteConfirmation;
import com.partnershiptracker.websupport.PageQuery;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
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

import java.util.Map;

@Controller
@RequestMapping("/admin/initiatives")
class InitiativeAdminController {

    static final String LIST_VIEW = "admin/initiatives/list";
    static final String FORM_VIEW = "admin/initiatives/form";

    private final InitiativeService initiatives;
    private final ReferenceFields references;
    private final Conflicts conflicts;

    private final DraftGate drafts;

    InitiativeAdminController(InitiativeService initiatives, ReferenceFields references, Conflicts conflicts, DraftGate drafts) {
        this.drafts = drafts;
        this.initiatives = initiatives;
        this.references = references;
        this.conflicts = conflicts;
    }

    @ModelAttribute("kinds")
    InitiativeKind[] kinds() {
        return InitiativeKind.values();
    }

    @ModelAttribute("statuses")
    InitiativeStatus[] statuses() {
        return InitiativeStatus.values();
    }

    @ModelAttribute("roles")
    InitiativeRole[] roles() {
        return InitiativeRole.values();
    }

    @GetMapping
    String list(@org.springframework.web.bind.annotation.RequestParam(name = "q", required = false) String text,
                @ModelAttribute("query") PageQuery query, Model model) {
        model.addAttribute("q", text);
        model.addAttribute("page", initiatives.search(text, query.toSlice()));
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String initCreateForm(@RequestParam(required = false) Long draft, Model model) {
        model.addAttribute("form", drafts.reopen(draft, InitiativeForm.class).orElseGet(InitiativeForm::new).withBlankRows());
        return FORM_VIEW;
    }

    @PostMapping("/new")
    String processCreateForm(@Valid @ModelAttribute("form") InitiativeForm form, BindingResult result, RedirectAttributes redirect) {
        checkReferences(form, result);
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        if (drafts.mustDraft()) {
            return drafts.save(InitiativeDraftKind.NAME, null, form, redirect);
        }
        try {
            Initiative saved = initiatives.create(form);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/initiatives/" + saved.getId();
        } catch (IllegalArgumentException e) {
            RejectedEdits.reject(result, e);
            return FORM_VIEW;
        }
    }

    @PostMapping(path = "/new", params = "addRow")
    String addRowToCreateForm(@ModelAttribute("form") InitiativeForm form, BindingResult result, @RequestParam String addRow) {
        form.addBlankRow(addRow);
        return FORM_VIEW;
    }

    @PostMapping(path = "/{id}/edit", params = "addRow")
    String addRowToUpdateForm(@PathVariable long id, @ModelAttribute("form") InitiativeForm form, BindingResult result,
                              @RequestParam String addRow, Model model) {
        form.addBlankRow(addRow);
        model.addAttribute("initiativeId", id);
        model.addAttribute("metrics", initiatives.getDetails(id).metrics());
        return FORM_VIEW;
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@PathVariable long id, @RequestParam(required = false) Long draft, Model model) {
        model.addAttribute("form", drafts.reopen(draft, InitiativeForm.class)
                .orElseGet(() -> InitiativeForm.from(initiatives.getForEditing(id))).withBlankRows());
        model.addAttribute("initiativeId", id);
        model.addAttribute("metrics", initiatives.getDetails(id).metrics());
        return FORM_VIEW;
    }

    @PostMapping("/{id}/edit")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") InitiativeForm form, BindingResult result,
                             Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!form.getTakeTheirs().isEmpty()) {
            form.takeChosenFieldsFrom(InitiativeForm.from(initiatives.getForEditing(id)));
        }
        initiatives.getById(id);
        model.addAttribute("initiativeId", id);
        checkReferences(form, result);
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        try {
            if (drafts.mustDraft()) {
                return drafts.save(InitiativeDraftKind.NAME, id, form, redirect);
            }
            initiatives.update(id, form.expectedVersion(), form);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/initiatives/" + id;
        } catch (StaleRecordException | ObjectOptimisticLockingFailureException e) {
            Initiative latest = initiatives.getForEditing(id);
            conflicts.show(model, response, form, InitiativeForm.from(latest));
            return FORM_VIEW;
        } catch (IllegalArgumentException e) {
            RejectedEdits.reject(result, e);
            return FORM_VIEW;
        }
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        Initiative initiative = initiatives.getById(id);
        long metricCount = initiatives.metricCount(id);
        return DeleteConfirmation.show(model, initiative.getTitle().in(LocaleContextHolder.getLocale()),
                "/admin/initiatives/" + id + "/delete", "/admin/initiatives",
                metricCount == 0 ? java.util.Map.of() : java.util.Map.of("metrics", metricCount), initiative.getVersion());
    }

    @PostMapping("/{id}/delete")
    String processDelete(@PathVariable long id, @RequestParam long version, Model model, RedirectAttributes redirect,
                         HttpServletResponse response) {
        if (DeleteConfirmation.isStale(version, initiatives.getById(id).getVersion(), model, response)) {
            return confirmDelete(id, model);
        }
        if (initiatives.metricCount(id) > 0) {
            redirect.addFlashAttribute("flash", "admin.initiatives.referenced");
            return "redirect:/initiatives/" + id;
        }
        initiatives.delete(id);
        redirect.addFlashAttribute("flash", "flash.deleted");
        return "redirect:/admin/initiatives";
    }

    /** Every row's organization and the agreement resolved, each an error on its own field when unknown. */
    private void checkReferences(InitiativeForm form, BindingResult result) {
        for (int i = 0; i < form.getOrganizations().size(); i++) {
            references.resolve(result, "organizations[" + i + "].organization", LookupKind.ORGANIZATIONS);
        }
        // Two rows can name one organization in different words; once resolved, they read alike.
        if (!form.isEachOrganizationOnce() && !result.hasFieldErrors("eachOrganizationOnce")) {
            result.rejectValue("eachOrganizationOnce", "validation.duplicateOrganization");
        }
        references.resolve(result, "agreement", LookupKind.AGREEMENTS);
    }
}
