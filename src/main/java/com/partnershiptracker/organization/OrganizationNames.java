package com.partnershiptracker.organization;

import com.partnershiptracker.shared.Bilingual;

import java.util.List;

/** What a reference to an organization can name it by: its slug, its names and its aliases. */
public record OrganizationNames(long id, String slug, Long parentId, Bilingual name, List<String> aliases) {
}
