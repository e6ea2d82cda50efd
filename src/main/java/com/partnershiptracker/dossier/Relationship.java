package com.partnershiptracker.dossier;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;

import java.util.List;

/**
 * One row of a partner's relationships table: one agreement, initiative or relation, with every
 * counterpart to it (the parties outside the partner and its affiliates) in one row, so that a
 * five-party MOU is listed once. Kind, role and status are message keys (such as
 * {@code AgreementKind.MOU}); {@code uncertain} marks a row that a day asked for falls inside the
 * period of one of its dates.
 */
public record Relationship(RelationshipCategory category, long factId, String kindCode, String kindKey,
                           String roleKey, PartialDate date, String statusKey, Bilingual title,
                           Bilingual detail, boolean uncertain, List<Counterpart> counterparts,
                           List<SourceRef> sources) {

    /** Where the agreement or initiative is; a relation has no page of its own. */
    public String url() {
        return switch (category) {
            case AGREEMENT -> "/agreements/" + factId;
            case INITIATIVE -> "/initiatives/" + factId;
            case RELATION -> null;
        };
    }

    /** The role's code, such as PRINCIPAL or OUTGOING, or null. */
    public String roleCode() {
        return roleKey == null ? null : roleKey.substring(roleKey.lastIndexOf('.') + 1);
    }

    /** The status's code, such as SIGNED or IN_FORCE. */
    public String statusCode() {
        return statusKey.substring(statusKey.lastIndexOf('.') + 1);
    }

    /** An organization on the other side, and its role there as a message key (null when the relation says it). */
    public record Counterpart(String slug, Bilingual name, String roleKey) {

        public String roleCode() {
            return roleKey == null ? null : roleKey.substring(roleKey.lastIndexOf('.') + 1);
        }
    }

    public record SourceRef(long id, String publisher) {
    }
}
