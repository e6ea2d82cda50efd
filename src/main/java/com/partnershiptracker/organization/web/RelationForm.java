package com.partnershiptracker.organization.web;

import com.partnershiptracker.websupport.EditForm;
import com.partnershiptracker.websupport.FieldLabel;
import com.partnershiptracker.lookup.ReferenceText;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationRelation;
import com.partnershiptracker.organization.RelationChange;
import java.util.Optional;
import java.util.function.Function;
import com.partnershiptracker.organization.RelationKind;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.websupport.PartialDateField;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the relation form edits: "subject KIND object", with details and dates. */
public class RelationForm extends EditForm implements RelationChange {

    @FieldLabel("admin.relations.subject") @NotBlank @Size(max = ReferenceText.MAX_LENGTH) private String subject;
    @FieldLabel("admin.relations.kind") @NotNull private RelationKind kind;
    @FieldLabel("admin.relations.object") @NotBlank @Size(max = ReferenceText.MAX_LENGTH) private String object;
    @FieldLabel("form.detailKo") @Size(max = 1000) private String detailKo;
    @FieldLabel("form.detailEn") @Size(max = 1000) private String detailEn;
    @FieldLabel("milestone.initiativeStarted") @Valid private PartialDateField started = new PartialDateField();
    @FieldLabel("milestone.ended") @Valid private PartialDateField ended = new PartialDateField();

    public static RelationForm from(OrganizationRelation relation) {
        RelationForm form = new RelationForm();
        form.subject = ReferenceText.ofSlug(relation.getSubject().getName(), relation.getSubject().getSlug());
        form.kind = relation.getKind();
        form.object = ReferenceText.ofSlug(relation.getObject().getName(), relation.getObject().getSlug());
        form.detailKo = relation.getDetail().ko();
        form.detailEn = relation.getDetail().en();
        form.started = PartialDateField.from(relation.getStarted());
        form.ended = PartialDateField.from(relation.getEnded());
        form.setVersion(relation.getVersion());
        form.markOpened();
        return form;
    }

    @Override
    public OrganizationRelation newRelation(Function<String, Optional<Organization>> bySlug) {
        return new OrganizationRelation(organization(subject, bySlug), kind, organization(object, bySlug));
    }

    @Override
    public void applyTo(OrganizationRelation relation, Function<String, Optional<Organization>> bySlug) {
        relation.relink(organization(subject, bySlug), kind, organization(object, bySlug));
        relation.describe(Bilingual.of(detailKo, detailEn));
        relation.holdsDuring(started.toPartialDate(),
                ended.toPartialDate());
    }

    private static Organization organization(String reference, Function<String, Optional<Organization>> bySlug) {
        return ReferenceText.recordOf(reference, bySlug, "validation.unknownOrganization");
    }

    @AssertTrue(message = "{validation.sameOrganization}")
    public boolean isBetweenTwoOrganizations() {
        return subject == null || object == null || !ReferenceText.keyOf(subject).equals(ReferenceText.keyOf(object));
    }

    @AssertTrue(message = "{validation.endBeforeStart}")
    public boolean isEndedAfterStarted() {
        return PartialDateField.inOrder(started, ended);
    }

    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public RelationKind getKind() { return kind; }
    public void setKind(RelationKind kind) { this.kind = kind; }
    public String getObject() { return object; }
    public void setObject(String object) { this.object = object; }
    public String getDetailKo() { return detailKo; }
    public void setDetailKo(String detailKo) { this.detailKo = detailKo; }
    public String getDetailEn() { return detailEn; }
    public void setDetailEn(String detailEn) { this.detailEn = detailEn; }
    public PartialDateField getStarted() { return started; }
    public void setStarted(PartialDateField started) { this.started = started == null ? new PartialDateField() : started; }
    public PartialDateField getEnded() { return ended; }
    public void setEnded(PartialDateField ended) { this.ended = ended == null ? new PartialDateField() : ended; }
}
