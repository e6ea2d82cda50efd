package com.partnershiptracker.importing;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.Slug;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The organizations (kind other) a pass creates for references that name none, where a row says
 * {@code create_if_missing=yes}: planned in the {@link OrganizationDirectory}, so that later rows find them, and
 * created by the first applied row that refers to one.
 */
final class OrganizationsToCreate {

    private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");

    private final OrganizationDirectory directory;
    private final OrganizationService organizations;
    private final Map<String, Bilingual> namesBySlug = new HashMap<>();

    OrganizationsToCreate(OrganizationDirectory directory, OrganizationService organizations) {
        this.directory = directory;
        this.organizations = organizations;
    }

    /**
     * The slug of the organization the reference names; when it names none and {@code createIfMissing}, that of a new
     * organization named by the reference (Korean when it has Hangul, else English).
     * @throws RowProblem in {@code column} when no slug can be made, or the reference is unknown or ambiguous
     */
    String slugOf(String reference, String column, boolean createIfMissing) {
        OrganizationDirectory.Reference found = directory.resolve(reference);
        if (!found.found() && !found.ambiguous() && createIfMissing) {
            boolean korean = HANGUL.matcher(reference).find();
            String slug = Slug.unique(Slug.propose(korean ? null : reference, reference), directory::isTaken);
            if (slug.isEmpty()) {
                throw RowProblem.in(column, "import.error.noSlugFor", reference);
            }
            directory.plan(slug, reference);
            namesBySlug.put(slug, korean ? Bilingual.of(reference, null) : Bilingual.of(null, reference));
            found = directory.resolve(slug);
        }
        return OrganizationReferenceErrors.require(found, column, reference);
    }

    /** Those of a row's organizations (slugs, a null one ignored) that the pass creates. */
    ForRow among(Collection<String> slugs) {
        Map<String, Bilingual> created = new LinkedHashMap<>();
        for (String slug : slugs) {
            if (slug != null && namesBySlug.containsKey(slug)) {
                created.put(slug, namesBySlug.get(slug));
            }
        }
        return new ForRow(created, organizations);
    }

    /** A row's organizations to create: a preview line each, and created when the row is applied, unless an earlier row did. */
    record ForRow(Map<String, Bilingual> namesBySlug, OrganizationService organizations) {

        List<FieldChange> changes() {
            return namesBySlug.keySet().stream().map(slug -> new FieldChange("create_if_missing", "", slug)).toList();
        }

        void create() {
            namesBySlug.forEach((slug, name) -> {
                if (organizations.findBySlug(slug).isEmpty()) {
                    organizations.create(new Organization(slug, name, OrganizationKind.OTHER), (organization, bySlug) -> { });
                }
            });
        }
    }
}
