package com.partnershiptracker.importing;

/** The row errors of an organization reference that names none, or several. */
final class OrganizationReferenceErrors {

    private OrganizationReferenceErrors() {
    }

    /** The slug the reference names. @throws RowProblem naming the candidates when it is ambiguous, or when unknown */
    static String require(OrganizationDirectory.Reference reference, String column, String text) {
        if (reference.found()) {
            return reference.slug();
        }
        if (reference.ambiguous()) {
            throw RowProblem.in(column, "import.error.ambiguousOrganization", text, String.join(", ", reference.candidates()));
        }
        throw RowProblem.in(column, "import.error.unknownOrganization", text);
    }
}
