package com.partnershiptracker.organization;

/** The slice of an organization that the group structure needs. */
public record OrganizationNode(long id, String slug, Long parentId) {
}
