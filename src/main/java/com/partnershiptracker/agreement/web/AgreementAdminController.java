package com.partnershiptracker.agreement.web;

import com.partnershiptracker.review.DraftGate;
import com.partnershiptracker.websupport.Conflicts;
import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.agreement.AgreementDetails;
import com.partnershiptracker.agreement.AgreementFilter;
import com.partnershiptracker.agreement.AgreementKind;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.agreement.AgreementSort;
import com.partnershiptracker.agreement.AgreementStatus;
import com.partnershiptracker.agreement.AttendeeRole;
import com.partnershiptracker.agreement.PartyRole;
import com.partnershiptracker.lookup.LookupKind;
import com.partnershiptracker.lookup.ReferenceFields;
import com.partnershiptracker.shared.Bilingual;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

@Controller
@RequestMapping("/admin/agreements")
class AgreementAdminController {

    static final String LIST_VIEW = "admin/agreements/list";
    static final String FORM_VIEW = "admin/agreements/form";

    private final AgreementService agreements;
    private final Conflicts conflicts;
    private final ReferenceFields references;
    private final DraftGate drafts;

    AgreementAdminController(AgreementService agreements, ReferenceFields references, Conflicts conflicts,
                             DraftGate drafts) {
        this.drafts = drafts;
        this.conflicts = conflicts;
        this.agreements = agreements;
        this.references = references;
    }

    @ModelAttribute("kinds")
    AgreementKind[] kinds() {
        return AgreementKind.values();
    }

    @ModelAttribute("statuses")
    AgreementStatus[] statuses() {
        return AgreementStatus.values();
    }

    @ModelAttribute("partyRoles")
    PartyRole[] partyRoles() {
        return PartyRole.values();
    }

    @ModelAttribute("attendeeRoles")
    AttendeeRole[] attendeeRoles() {
        return AttendeeRole.values();
    }

    @GetMapping
    String list(@RequestParam(name = "q", required = false) String text, @ModelAttribute("query") PageQuery query, Model model) {
        model.addAttribute("q", text);
        model.addAttribute("page", agreements.search(AgreementFilter.everything().matching(text)
                .sortedBy(AgreementSort.NEWEST).onPage(query.toSlice()), LocaleContextHolder.getLocale()));
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String initCreateForm(@RequestParam(required = false) Long draft, Model model) {
        model.addAttribute("form", drafts.reopen(draft, AgreementForm.class).orElseGet(AgreementForm::new).withBlankRows());
        return FORM_VIEW;
    }

    @PostMapping("/new")
    String processCreateForm(@Valid @ModelAttribute("form") AgreementForm form, BindingResult result,
                             RedirectAttributes redirect) {
        checkReferences(form, result);
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        if (drafts.mustDraft()) {
            return drafts.save(AgreementDraftKind.NAME, null, form, redirect);
        }
        try {
            Agreement created = agreements.create(new Agreement(titleOf(form), form.getKind(), form.getStatus()), form);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/agreements/" + created.getId();
        } catch (IllegalArgumentException e) {
            result.reject(messageKey(e));
            return FORM_VIEW;
        }
    }

    @PostMapping(path = "/new", params = "addRow")
    String addRowToCreateForm(@ModelAttribute("form") AgreementForm form, BindingResult result, @RequestParam String addRow) {
        form.addBlankRow(addRow);
        return FORM_VIEW;
    }

    @PostMapping(path = "/{id}/edit", params = "addRow")
    String addRowToUpdateForm(@PathVariable long id, @ModelAttribute("form") AgreementForm form, BindingResult result,
                              @RequestParam String addRow,
                              Model model) {
        form.addBlankRow(addRow);
        model.addAttribute("agreementId", id);
        return FORM_VIEW;
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@PathVariable long id, @RequestParam(required = false) Long draft, Model model) {
        model.addAttribute("form", drafts.reopen(draft, AgreementForm.class)
                .orElseGet(() -> AgreementForm.from(agreements.getDetails(id))).withBlankRows());
        model.addAttribute("agreementId", id);
        return FORM_VIEW;
    }

    @PostMapping("/{id}/edit")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") AgreementForm form, BindingResult result,
                             Model model, RedirectAttributes redirect, HttpServletResponse response) {
        AgreementDetails current = agreements.getDetails(id);
        model.addAttribute("agreementId", id);
        if (!form.getTakeTheirs().isEmpty()) {
            form.takeChosenFieldsFrom(AgreementForm.from(current));
        }
        checkReferences(form, result);
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        if (form.getVersion() == null) {
            return conflict(current, form, model, response);
        }
        try {
            if (drafts.mustDraft()) {
                return drafts.save(AgreementDraftKind.NAME, id, form, redirect);
            }
            agreements.update(id, form.getVersion(), form);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/agreements/" + id;
        } catch (StaleRecordException | ObjectOptimisticLockingFailureException e) {
            return conflict(agreements.getDetails(id), form, model, response);
        } catch (IllegalArgumentException e) {
            result.reject(messageKey(e));
            return FORM_VIEW;
        }
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        AgreementDetails agreement = agreements.getDetails(id);
        return DeleteConfirmation.show(model, agreement.title().in(LocaleContextHolder.getLocale()),
                "/admin/agreements/" + id + "/delete", "/admin/agreements", agreements.referencesTo(id), agreement.version());
    }

    @PostMapping("/{id}/delete")
    String processDelete(@PathVariable long id, @RequestParam long version, Model model, RedirectAttributes redirect,
                         HttpServletResponse response) {
        if (DeleteConfirmation.isStale(version, agreements.getDetails(id).version(), model, response)
                || DeleteConfirmation.isReferenced(agreements.referencesTo(id), response)) {
            return confirmDelete(id, model);
        }
        agreements.delete(id);
        redirect.addFlashAttribute("flash", "flash.deleted");
        return "redirect:/admin/agreements";
    }

    /**
     * The rows' references, resolved before anything is saved: an unknown or ambiguous one is an
     * error on its row, and two rows that name one organization in different words are caught here.
     */
    private void checkReferences(AgreementForm form, BindingResult result) {
        for (int i = 0; i < form.getParties().size(); i++) {
            references.resolve(result, "parties[" + i + "].organization", LookupKind.ORGANIZATIONS);
        }
        for (int i = 0; i < form.getAttendees().size(); i++) {
            references.resolve(result, "attendees[" + i + "].person", LookupKind.PEOPLE);
            references.resolve(result, "attendees[" + i + "].organization", LookupKind.ORGANIZATIONS);
        }
        if (!form.isBetweenTwoOrMoreParties() && !result.hasFieldErrors("betweenTwoOrMoreParties")) {
            result.rejectValue("betweenTwoOrMoreParties", "validation.twoParties");
        }
    }

    private String conflict(AgreementDetails current, AgreementForm form, Model model, HttpServletResponse response) {
        conflicts.show(model, response, form, AgreementForm.from(current));
        return FORM_VIEW;
    }

    private static Bilingual titleOf(AgreementForm form) {
        return Bilingual.of(form.getTitleKo(), form.getTitleEn());
    }

    private static String messageKey(IllegalArgumentException e) {
        return e.getMessage() != null && e.getMessage().startsWith("validation.") ? e.getMessage() : "validation.rejected";
    }
}
