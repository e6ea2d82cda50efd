package com.partnershiptracker.audit;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.initiative.Initiative;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationRelation;
import com.partnershiptracker.person.Person;
import com.partnershiptracker.person.Position;
import com.partnershiptracker.shared.BaseEntity;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.statement.Statement;

/** The kinds of record that keep a history, as they appear in history URLs and the recent-changes list. */
public enum AuditedKind {
    ORGANIZATION(Organization.class),
    RELATION(OrganizationRelation.class),
    PERSON(Person.class),
    POSITION(Position.class),
    AGREEMENT(Agreement.class),
    INITIATIVE(Initiative.class),
    METRIC(Metric.class),
    STATEMENT(Statement.class),
    SOURCE(Source.class);

    private final Class<? extends BaseEntity> type;

    AuditedKind(Class<? extends BaseEntity> type) {
        this.type = type;
    }

    public Class<? extends BaseEntity> type() {
        return type;
    }
}
