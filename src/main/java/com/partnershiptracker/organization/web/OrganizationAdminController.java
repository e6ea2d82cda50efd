package com.partnershiptracker.organization.web;

import com.partnershiptracker.review.DraftGate;
import com.partnershiptracker.websupport.SlugChecks;
import com.partnershiptracker.shared.Slug;
import org.springframework.web.bind.annotation.ResponseBody;
import com.partnershiptracker.websupport.Conflicts;
import com.partnershiptracker.lookup.ReferenceFields;
import com.partnershiptracker.lookup.LookupKind;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationNotFoundException;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.StaleRecordException;
import com.partnershiptracker.websupport.DeleteConfirmation;
import com.partnershiptracker.websupport.PageQuery;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.context.i18n.LocaleContextHolder;
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
@RequestMapping("/admin/organizations")
class OrganizationAdminController {

    static final String LIST_VIEW = "admin/organizations/list";
    static final String FORM_VIEW = "admin/organizations/form";

    private final OrganizationService organizations;
    private final Conflicts conflicts;
    private final ReferenceFields references;
    private final DraftGate drafts;

    OrganizationAdminController(OrganizationService organizations, ReferenceFields references, Conflicts conflicts,
                                DraftGate drafts) {
        this.drafts = drafts;
        this.conflicts = conflicts;
        this.organizations = organizations;
        this.references = references;
    }

    @ModelAttribute("kinds")
    OrganizationKind[] kinds() {
        return OrganizationKind.values();
    }

    @GetMapping
    String list(@RequestParam(name = "q", required = false) String text, @ModelAttribute("query") PageQuery query, Model model) {
        model.addAttribute("q", text);
        model.addAttribute("page", organizations.search(text, query.toSlice()));
        return LIST_VIEW;
    }

    @GetMapping("/slug")
    @ResponseBody
    SlugChecks.Proposal proposeSlug(@RequestParam(defaultValue = "") String nameEn, @RequestParam(defaultValue = "") String nameKo,
                                    @RequestParam(required = false) Long id) {
        String proposal = Slug.propose(nameEn.length() > 300 ? nameEn.substring(0, 300) : nameEn,
                nameKo.length() > 300 ? nameKo.substring(0, 300) : nameKo);
        return new SlugChecks.Proposal(proposal.isEmpty() ? "" : Slug.unique(proposal, slug -> organizations.isSlugTaken(slug, id)));
    }

    @GetMapping("/new")
    String initCreateForm(@RequestParam(required = false) Long draft, Model model) {
        model.addAttribute("form", drafts.reopen(draft, OrganizationForm.class).orElseGet(OrganizationForm::new));
        return FORM_VIEW;
    }

    @PostMapping("/new")
    String processCreateForm(@Valid @ModelAttribute("form") OrganizationForm form, BindingResult result,
                             RedirectAttributes redirect) {
        form.proposeSlugIfBlank(slug -> organizations.isSlugTaken(slug, null));
        SlugChecks.reject(result, form.getSlug(), organizations.isSlugTaken(form.getSlug().strip(), null));
        references.resolve(result, "parent", LookupKind.ORGANIZATIONS);
        rejectIdentifiersHeldElsewhere(result, form, null);
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        if (drafts.mustDraft()) {
            return drafts.save(OrganizationDraftKind.NAME, null, form, redirect);
        }
        try {
            Organization created = organizations.create(
                    new Organization(form.getSlug().strip(), Bilingual.of(form.getNameKo(), form.getNameEn()), form.getKind()),
                    form);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/organizations/" + created.getSlug();
        } catch (IllegalArgumentException e) {
            rejectParent(result, e);
            return FORM_VIEW;
        } catch (DataIntegrityViolationException e) {
            return rejectIdentifiersSavedMeanwhile(result, form, null, e);
        }
    }

    @GetMapping("/{slug}/edit")
    String initUpdateForm(@PathVariable String slug, @RequestParam(required = false) Long draft, Model model) {
        Organization organization = organizations.findWithParentBySlug(slug).orElseThrow(() ->
                new OrganizationNotFoundException(slug));
        model.addAttribute("form", drafts.reopen(draft, OrganizationForm.class).orElseGet(() -> OrganizationForm.from(organization)));
        model.addAttribute("organizationSlug", slug);
        model.addAttribute("organizationId", organization.getId());
        return FORM_VIEW;
    }

    @PostMapping("/{slug}/edit")
    String processUpdateForm(@PathVariable String slug, @Valid @ModelAttribute("form") OrganizationForm form,
                             BindingResult result, Model model, RedirectAttributes redirect,
                             HttpServletResponse response) {
        Organization current = organizations.findWithParentBySlug(slug).orElseThrow(() ->
                new OrganizationNotFoundException(slug));
        model.addAttribute("organizationSlug", slug);
        model.addAttribute("organizationId", current.getId());
        if (!form.getTakeTheirs().isEmpty()) {
            form.takeChosenFieldsFrom(OrganizationForm.from(current));
        }
        form.proposeSlugIfBlank(candidate -> organizations.isSlugTaken(candidate, current.getId()));
        SlugChecks.reject(result, form.getSlug(), organizations.isSlugTaken(form.getSlug().strip(), current.getId()));
        references.resolve(result, "parent", LookupKind.ORGANIZATIONS);
        rejectIdentifiersHeldElsewhere(result, form, current.getId());
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        if (form.getVersion() == null) {
            return conflict(current, model, response);
        }
        try {
            if (drafts.mustDraft()) {
                return drafts.save(OrganizationDraftKind.NAME, current.getId(), form, redirect);
            }
            Organization saved = organizations.update(current.getId(), form.getVersion(), form);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/organizations/" + saved.getSlug();
        } catch (StaleRecordException | ObjectOptimisticLockingFailureException e) {
            return conflict(organizations.findWithParentBySlug(slug).orElse(current), model, response);
        } catch (IllegalArgumentException e) {
            rejectParent(result, e);
            return FORM_VIEW;
        } catch (DataIntegrityViolationException e) {
            return rejectIdentifiersSavedMeanwhile(result, form, current.getId(), e);
        }
    }

    @GetMapping("/{slug}/delete")
    String confirmDelete(@PathVariable String slug, Model model) {
        Organization organization = organizations.getBySlug(slug);
        return DeleteConfirmation.show(model, organization.getName().in(LocaleContextHolder.getLocale()),
                "/admin/organizations/" + slug + "/delete", "/admin/organizations", organizations.referencesTo(organization),
                organization.getVersion());
    }

    @PostMapping("/{slug}/delete")
    String processDelete(@PathVariable String slug, @RequestParam long version, Model model, RedirectAttributes redirect,
                         HttpServletResponse response) {
        Organization organization = organizations.getBySlug(slug);
        if (DeleteConfirmation.isStale(version, organization.getVersion(), model, response)
                || DeleteConfirmation.isReferenced(organizations.referencesTo(organization), response)) {
            return confirmDelete(slug, model);
        }
        organizations.delete(organization);
        redirect.addFlashAttribute("flash", "flash.deleted");
        return "redirect:/admin/organizations";
    }

    /** The form comes back with the editor's input kept, beside what is saved now, and a 409. */
    private String conflict(Organization current, Model model, HttpServletResponse response) {
        conflicts.show(model, response, (OrganizationForm) model.getAttribute("form"), OrganizationForm.from(current));
        return FORM_VIEW;
    }

    /** An identifier another organization carries is an error on its field, naming that organization. */
    private void rejectIdentifiersHeldElsewhere(BindingResult result, OrganizationForm form, Long id) {
        organizations.identifiersHeldElsewhere(form.identifiers(), id).forEach((kind, other) -> {
            String field = OrganizationForm.fieldOf(kind);
            if (!result.hasFieldErrors(field)) {
                result.rejectValue(field, "validation.identifierTaken", new Object[]{
                        other.getName().in(LocaleContextHolder.getLocale()), other.getSlug()}, null);
            }
        });
    }

    /** Another editor gave an identifier to another organization between the check and the save. */
    private String rejectIdentifiersSavedMeanwhile(BindingResult result, OrganizationForm form, Long id,
                                                   DataIntegrityViolationException e) {
        rejectIdentifiersHeldElsewhere(result, form, id);
        if (!result.hasErrors()) {
            throw e;
        }
        return FORM_VIEW;
    }

    private static void rejectParent(BindingResult result, IllegalArgumentException e) {
        String key = e.getMessage() != null && e.getMessage().startsWith("validation.") ? e.getMessage() : "validation.parentCycle";
        result.rejectValue("parent", key);
    }
}
