package com.partnershiptracker.lookup;

import java.util.List;

/** What a picker field's text names: nothing (blank), one record, several, or none. */
public sealed interface Resolution {

    record Blank() implements Resolution {
    }

    record Found(LookupMatch match) implements Resolution {
    }

    /** More than one record has this name; {@code candidates} are some of them. */
    record Ambiguous(List<LookupMatch> candidates) implements Resolution {
    }

    /** No record has this name or key; {@code suggestions} are records whose name contains the text, if any. */
    record Unknown(List<LookupMatch> suggestions) implements Resolution {
    }
}
