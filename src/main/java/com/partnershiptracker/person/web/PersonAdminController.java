package com.partnershiptracker.person.web;

import com.partnershiptracker.review.DraftGate;
import com.partnershiptracker.websupport.SlugChecks;
import com.partnershiptracker.shared.Slug;
import org.springframework.web.bind.annotation.ResponseBody;
import com.partnershiptracker.websupport.Conflicts;
import com.partnershiptracker.websupport.RejectedEdits;
import com.partnershiptracker.lookup.ReferenceFields;
import com.partnershiptracker.lookup.LookupKind;
import com.partnershiptracker.lookup.ReferenceText;
import com.partnershiptracker.person.Person;
import com.partnershiptracker.person.PersonService;
import com.partnershiptracker.person.Position;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

/** People and their positions. */
@Controller
class PersonAdminController {

    static final String LIST_VIEW = "admin/people/list";
    static final String FORM_VIEW = "admin/people/form";
    static final String POSITION_VIEW = "admin/people/position-form";

    private final PersonService people;
    private final Conflicts conflicts;
    private final ReferenceFields references;
    private final DraftGate drafts;

    PersonAdminController(PersonService people, ReferenceFields references, Conflicts conflicts, DraftGate drafts) {
        this.drafts = drafts;
        this.conflicts = conflicts;
        this.people = people;
        this.references = references;
    }

    @GetMapping("/admin/people")
    String list(@org.springframework.web.bind.annotation.RequestParam(name = "q", required = false) String text,
                @ModelAttribute("query") PageQuery query, Model model) {
        model.addAttribute("q", text);
        model.addAttribute("page", people.list(query.toSlice()));
        if (text != null && !text.isBlank()) {
            model.addAttribute("found", people.search(text, query.toSlice()));
        }
        return LIST_VIEW;
    }

    @GetMapping("/admin/people/slug")
    @ResponseBody
    SlugChecks.Proposal proposeSlug(@RequestParam(defaultValue = "") String nameEn, @RequestParam(defaultValue = "") String nameKo,
                                    @RequestParam(required = false) Long id) {
        String proposal = Slug.propose(nameEn.length() > 300 ? nameEn.substring(0, 300) : nameEn,
                nameKo.length() > 300 ? nameKo.substring(0, 300) : nameKo);
        return new SlugChecks.Proposal(proposal.isEmpty() ? "" : Slug.unique(proposal, slug -> people.isSlugTaken(slug, id)));
    }

    @GetMapping("/admin/people/new")
    String initCreateForm(@RequestParam(required = false) Long draft, Model model) {
        model.addAttribute("form", drafts.reopen(draft, PersonForm.class).orElseGet(PersonForm::new));
        return FORM_VIEW;
    }

    @PostMapping("/admin/people/new")
    String processCreateForm(@Valid @ModelAttribute("form") PersonForm form, BindingResult result, RedirectAttributes redirect) {
        form.proposeSlugIfBlank(candidate -> people.isSlugTaken(candidate, null));
        SlugChecks.reject(result, form.getSlug(), people.isSlugTaken(form.getSlug().strip(), null));
        rejectWikidataItemHeldElsewhere(result, form, null);
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        if (drafts.mustDraft()) {
            return drafts.save(PersonDraftKind.NAME, null, form, redirect);
        }
        try {
            Person saved = people.create(form);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/people/" + saved.getSlug();
        } catch (DataIntegrityViolationException e) {
            return rejectWikidataItemSavedMeanwhile(result, form, null, e);
        }
    }

    @GetMapping("/admin/people/{slug}/edit")
    String initUpdateForm(@PathVariable String slug, @RequestParam(required = false) Long draft, Model model) {
        Person person = people.getBySlug(slug);
        model.addAttribute("form", drafts.reopen(draft, PersonForm.class).orElseGet(() -> PersonForm.from(person)));
        model.addAttribute("person", person);
        model.addAttribute("positions", people.positionsOf(person));
        return FORM_VIEW;
    }

    @PostMapping("/admin/people/{slug}/edit")
    String processUpdateForm(@PathVariable String slug, @Valid @ModelAttribute("form") PersonForm form, BindingResult result,
                             Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!form.getTakeTheirs().isEmpty()) {
            form.takeChosenFieldsFrom(PersonForm.from(people.getBySlug(slug)));
        }
        Person current = people.getBySlug(slug);
        model.addAttribute("person", current);
        model.addAttribute("positions", people.positionsOf(current));
        form.proposeSlugIfBlank(candidate -> people.isSlugTaken(candidate, current.getId()));
        SlugChecks.reject(result, form.getSlug(), people.isSlugTaken(form.getSlug().strip(), current.getId()));
        rejectWikidataItemHeldElsewhere(result, form, current.getId());
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        try {
            if (drafts.mustDraft()) {
                return drafts.save(PersonDraftKind.NAME, current.getId(), form, redirect);
            }
            Person saved = people.update(current.getId(), form.expectedVersion(), form);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/people/" + saved.getSlug();
        } catch (StaleRecordException | ObjectOptimisticLockingFailureException e) {
            Person latest = people.getBySlug(slug);
            conflicts.show(model, response, form, PersonForm.from(latest));
            return FORM_VIEW;
        } catch (DataIntegrityViolationException e) {
            return rejectWikidataItemSavedMeanwhile(result, form, current.getId(), e);
        }
    }

    /** A Wikidata item another person carries is an error on its field, naming that person. */
    private void rejectWikidataItemHeldElsewhere(BindingResult result, PersonForm form, Long id) {
        String item = form.wikidataItem();
        if (item == null || result.hasFieldErrors("wikidataId")) {
            return;
        }
        people.findByWikidataItem(item).filter(other -> !other.getId().equals(id)).ifPresent(other ->
                result.rejectValue("wikidataId", "validation.identifierTaken", new Object[]{
                        other.getName().in(LocaleContextHolder.getLocale()), other.getSlug()}, null));
    }

    /** Another editor gave the item to another person between the check and the save. */
    private String rejectWikidataItemSavedMeanwhile(BindingResult result, PersonForm form, Long id, DataIntegrityViolationException e) {
        rejectWikidataItemHeldElsewhere(result, form, id);
        if (!result.hasErrors()) {
            throw e;
        }
        return FORM_VIEW;
    }

    @GetMapping("/admin/people/{slug}/delete")
    String confirmDelete(@PathVariable String slug, Model model) {
        Person person = people.getBySlug(slug);
        return DeleteConfirmation.show(model, person.getName().in(LocaleContextHolder.getLocale()),
                "/admin/people/" + slug + "/delete", "/admin/people", people.referencesTo(person), person.getVersion());
    }

    @PostMapping("/admin/people/{slug}/delete")
    String processDelete(@PathVariable String slug, @RequestParam long version, Model model, RedirectAttributes redirect,
                         HttpServletResponse response) {
        Person person = people.getBySlug(slug);
        if (DeleteConfirmation.isStale(version, person.getVersion(), model, response)
                || DeleteConfirmation.isReferenced(people.referencesTo(person), response)) {
            return confirmDelete(slug, model);
        }
        people.delete(person);
        redirect.addFlashAttribute("flash", "flash.deleted");
        return "redirect:/admin/people";
    }

    @GetMapping("/admin/people/{slug}/positions/new")
    String initPositionForm(@PathVariable String slug, @RequestParam(required = false) Long draft, Model model) {
        Person person = people.getBySlug(slug);
        model.addAttribute("person", person);
        model.addAttribute("form", drafts.reopen(draft, PositionForm.class).orElseGet(() -> {
            PositionForm form = new PositionForm();
            form.setPerson(ReferenceText.ofSlug(person.getName(), person.getSlug()));
            return form;
        }));
        return POSITION_VIEW;
    }

    @PostMapping("/admin/people/{slug}/positions/new")
    String processPositionForm(@PathVariable String slug, @Valid @ModelAttribute("form") PositionForm form,
                               BindingResult result, Model model, RedirectAttributes redirect) {
        Person person = people.getBySlug(slug);
        model.addAttribute("person", person);
        references.resolve(result, "organization", LookupKind.ORGANIZATIONS);
        if (result.hasErrors()) {
            return POSITION_VIEW;
        }
        form.setPerson(ReferenceText.ofSlug(person.getName(), person.getSlug()));
        if (drafts.mustDraft()) {
            return drafts.save(PositionDraftKind.NAME, null, form, redirect);
        }
        try {
            people.createPosition(person.getId(), form);
        } catch (IllegalArgumentException e) {
            RejectedEdits.reject(result, e);
            return POSITION_VIEW;
        }
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/people/" + slug;
    }

    @GetMapping("/admin/positions/{id}/edit")
    String initPositionUpdate(@PathVariable long id, @RequestParam(required = false) Long draft, Model model) {
        Position position = people.getPositionWithParties(id);
        model.addAttribute("person", position.getPerson());
        model.addAttribute("positionId", id);
        model.addAttribute("form", drafts.reopen(draft, PositionForm.class).orElseGet(() -> PositionForm.from(position)));
        return POSITION_VIEW;
    }

    @PostMapping("/admin/positions/{id}/edit")
    String processPositionUpdate(@PathVariable long id, @Valid @ModelAttribute("form") PositionForm form, BindingResult result,
                                 Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!form.getTakeTheirs().isEmpty()) {
            form.takeChosenFieldsFrom(PositionForm.from(people.getPositionWithParties(id)));
        }
        Position current = people.getPositionWithParties(id);
        model.addAttribute("person", current.getPerson());
        model.addAttribute("positionId", id);
        references.resolve(result, "organization", LookupKind.ORGANIZATIONS);
        if (result.hasErrors()) {
            return POSITION_VIEW;
        }
        try {
            if (drafts.mustDraft()) {
                return drafts.save(PositionDraftKind.NAME, id, form, redirect);
            }
            people.updatePosition(id, form.expectedVersion(), form);
            redirect.addFlashAttribute("flash", "flash.saved");
            return "redirect:/people/" + current.getPerson().getSlug();
        } catch (StaleRecordException | ObjectOptimisticLockingFailureException e) {
            Position latest = people.getPositionWithParties(id);
            conflicts.show(model, response, form, PositionForm.from(latest));
            return POSITION_VIEW;
        } catch (IllegalArgumentException e) {
            RejectedEdits.reject(result, e);
            return POSITION_VIEW;
        }
    }

    @GetMapping("/admin/positions/{id}/delete")
    String confirmPositionDelete(@PathVariable long id, Model model) {
        Position position = people.getPositionWithParties(id);
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return DeleteConfirmation.show(model, position.getPerson().getName().in(locale) + " · " + position.getTitle().in(locale),
                "/admin/positions/" + id + "/delete", "/admin/people/" + position.getPerson().getSlug() + "/edit", java.util.Map.of(),
                position.getVersion());
    }

    @PostMapping("/admin/positions/{id}/delete")
    String deletePosition(@PathVariable long id, @RequestParam long version, Model model, RedirectAttributes redirect,
                          HttpServletResponse response) {
        Position position = people.getPositionWithParties(id);
        if (DeleteConfirmation.isStale(version, position.getVersion(), model, response)) {
            return confirmPositionDelete(id, model);
        }
        String slug = position.getPerson().getSlug();
        people.deletePosition(id);
        redirect.addFlashAttribute("flash", "flash.deleted");
        return "redirect:/people/" + slug;
    }
}
