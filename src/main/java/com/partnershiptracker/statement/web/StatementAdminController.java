package com.partnershiptracker.statement.web;

import com.partnershiptracker.websupport.Conflicts;
import com.partnershiptracker.websupport.RejectedEdits;
import com.partnershiptracker.lookup.ReferenceFields;
import com.partnershiptracker.lookup.LookupKind;
import com.partnershiptracker.shared.StaleRecordException;
import com.partnershiptracker.websupport.DeleteConfirmation;
import com.partnershiptracker.websupport.PageQuery;
import com.partnershiptracker.statement.Statement;
import com.partnershiptracker.statement.StatementService;
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


@Controller
@RequestMapping("/admin/statements")
class StatementAdminController {

    static final String LIST_VIEW = "admin/statements/list";
    static final String FORM_VIEW = "admin/statements/form";

    private final StatementService statements;
    private final ReferenceFields references;
    private final Conflicts conflicts;

    private final DraftGate drafts;

    StatementAdminController(StatementService statements, ReferenceFields references, Conflicts conflicts, DraftGate drafts) {
        this.drafts = drafts;
        this.statements = statements;
        this.references = references;
        this.conflicts = conflicts;
    }

    @GetMapping
    String list(@org.springframework.web.bind.annotation.RequestParam(name = "q", required = false) String text,
                @ModelAttribute("query") PageQuery query, Model model) {
        model.addAttribute("q", text);
        model.addAttribute("page", statements.search(text, query.toSlice()));
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String initCreateForm(@RequestParam(required = false) Long draft, Model model) {
        model.addAttribute("form", drafts.reopen(draft, StatementForm.class).orElseGet(StatementForm::new));
        return FORM_VIEW;
    }

    @PostMapping("/new")
    String processCreateForm(@Valid @ModelAttribute("form") StatementForm form, BindingResult result, RedirectAttributes redirect) {
        checkReferences(result);
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        if (drafts.mustDraft()) {
            return drafts.save(StatementDraftKind.NAME, null, form, redirect);
        }
        try {
            statements.create(form);
        } catch (IllegalArgumentException e) {
            RejectedEdits.reject(result, e);
            return FORM_VIEW;
        }
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/admin/statements";
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@PathVariable long id, @RequestParam(required = false) Long draft, Model model) {
        model.addAttribute("form", drafts.reopen(draft, StatementForm.class).orElseGet(() -> StatementForm.from(statements.getWithSpeaker(id))));
        model.addAttribute("statementId", id);
        return FORM_VIEW;
    }

    @PostMapping("/{id}/edit")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") StatementForm form, BindingResult result,
                             Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!form.getTakeTheirs().isEmpty()) {
            form.takeChosenFieldsFrom(StatementForm.from(statements.getWithSpeaker(id)));
        }
        statements.getWithSpeaker(id);
        model.addAttribute("statementId", id);
        checkReferences(result);
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        try {
            if (drafts.mustDraft()) {
                return drafts.save(StatementDraftKind.NAME, id, form, redirect);
            }
            statements.update(id, form.expectedVersion(), form);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/admin/statements";
        } catch (StaleRecordException | ObjectOptimisticLockingFailureException e) {
            Statement latest = statements.getWithSpeaker(id);
            conflicts.show(model, response, form, StatementForm.from(latest));
            return FORM_VIEW;
        } catch (IllegalArgumentException e) {
            RejectedEdits.reject(result, e);
            return FORM_VIEW;
        }
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        Statement statement = statements.getWithSpeaker(id);
        String label = statement.getText().in(org.springframework.context.i18n.LocaleContextHolder.getLocale());
        return DeleteConfirmation.show(model, label.length() > 80 ? label.substring(0, 80) + "…" : label,
                "/admin/statements/" + id + "/delete", "/admin/statements", java.util.Map.of(), statement.getVersion());
    }

    @PostMapping("/{id}/delete")
    String processDelete(@PathVariable long id, @RequestParam long version, Model model, RedirectAttributes redirect,
                         HttpServletResponse response) {
        if (DeleteConfirmation.isStale(version, statements.getWithSpeaker(id).getVersion(), model, response)) {
            return confirmDelete(id, model);
        }
        statements.delete(id);
        redirect.addFlashAttribute("flash", "flash.deleted");
        return "redirect:/admin/statements";
    }

    private void checkReferences(BindingResult result) {
        references.resolve(result, "person", LookupKind.PEOPLE);
        references.resolve(result, "organization", LookupKind.ORGANIZATIONS);
    }
}
