package com.partnershiptracker.person.web;

import com.partnershiptracker.person.PersonService;
import com.partnershiptracker.review.DraftKind;
import com.partnershiptracker.shared.Bilingual;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Person drafts, applied as {@link PersonAdminController} saves. */
@Component
class PersonDraftKind implements DraftKind<PersonForm> {

    static final String NAME = "PERSON";

    private final PersonService people;

    PersonDraftKind(PersonService people) {
        this.people = people;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<PersonForm> formClass() {
        return PersonForm.class;
    }

    @Override
    public PersonForm currentForm(Long recordId) {
        return recordId == null ? new PersonForm() : PersonForm.from(people.getById(recordId));
    }

    @Override
    public String apply(PersonForm form, Long recordId) {
        String slug = recordId == null ? people.create(form).getSlug()
                : people.update(recordId, form.expectedVersion(), form).getSlug();
        return "/people/" + slug;
    }

    @Override
    public String label(PersonForm form) {
        return Bilingual.of(form.getNameKo(), form.getNameEn()).in(LocaleContextHolder.getLocale());
    }

    @Override
    public String editPath(Long recordId, PersonForm form) {
        return recordId == null ? "/admin/people/new" : "/admin/people/" + people.getById(recordId).getSlug() + "/edit";
    }
}
