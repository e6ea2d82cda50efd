package com.partnershiptracker.person.web;

import com.partnershiptracker.lookup.ReferenceText;
import com.partnershiptracker.person.PersonService;
import com.partnershiptracker.review.DraftKind;
import com.partnershiptracker.shared.Bilingual;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Position drafts, applied as {@link PersonAdminController}'s position forms save; a new position's person
 * travels in the form's {@code person} reference, and the person's page shows the result.
 */
@Component
class PositionDraftKind implements DraftKind<PositionForm> {

    static final String NAME = "POSITION";

    private final PersonService people;

    PositionDraftKind(PersonService people) {
        this.people = people;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<PositionForm> formClass() {
        return PositionForm.class;
    }

    @Override
    public PositionForm currentForm(Long recordId) {
        return recordId == null ? new PositionForm() : PositionForm.from(people.getPositionWithParties(recordId));
    }

    @Override
    public String apply(PositionForm form, Long recordId) {
        String personSlug = ReferenceText.keyOf(form.getPerson());
        if (recordId == null) {
            people.createPosition(people.getBySlug(personSlug).getId(), form);
        } else {
            personSlug = people.updatePosition(recordId, form.expectedVersion(), form).getPerson().getSlug();
        }
        return "/people/" + personSlug;
    }

    @Override
    public String label(PositionForm form) {
        String title = Bilingual.of(form.getTitleKo(), form.getTitleEn()).in(LocaleContextHolder.getLocale());
        return form.getPerson() + " · " + title;
    }

    @Override
    public String editPath(Long recordId, PositionForm form) {
        return recordId == null ? "/admin/people/" + ReferenceText.keyOf(form.getPerson()) + "/positions/new"
                : "/admin/positions/" + recordId + "/edit";
    }
}
