package com.partnershiptracker.initiative;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationHierarchy;

import java.util.List;
import java.util.Optional;

/** An edit to a figure, applied inside the saving transaction, with what it is about and measures toward found by key. */
public interface MetricChange {

    /** The figure a create starts from. */
    Metric newMetric(Lookups lookups);

    void applyTo(Metric metric, Lookups lookups);

    /** Organizations by slug, initiatives and targets by id, as the form's references resolved. */
    interface Lookups {

        Optional<Organization> organization(String slug);

        Optional<Initiative> initiative(long id);

        Optional<Metric> metric(long id);

        /** The group structure, which says whether an actual measuring part of a target is about the same group. */
        default OrganizationHierarchy groups() {
            return new OrganizationHierarchy(List.of());
        }
    }
}
