package com.partnershiptracker.importing;

/** How many rows of a file would be created, updated, left unchanged, or are in error. */
public record ImportTotals(long create, long update, long unchanged, long error) {

    static final ImportTotals NONE = new ImportTotals(0, 0, 0, 0);

    ImportTotals plus(Outcome outcome) {
        return switch (outcome) {
            case CREATE -> new ImportTotals(create + 1, update, unchanged, error);
            case UPDATE -> new ImportTotals(create, update + 1, unchanged, error);
            case UNCHANGED -> new ImportTotals(create, update, unchanged + 1, error);
            case ERROR -> new ImportTotals(create, update, unchanged, error + 1);
        };
    }

    public long rows() {
        return create + update + unchanged + error;
    }
}
