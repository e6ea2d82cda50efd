package com.partnershiptracker.agreement;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The initiatives agreements produced, for the agreement's page and API. The initiative module implements it:
 * initiatives stem from agreements, so agreements ask through this interface instead of depending on initiatives back.
 */
public interface ProducedInitiatives {

    /** The agreement's initiatives with their milestones, in the initiative list's order. */
    List<Produced> from(long agreementId);

    /** Each agreement's initiatives by agreement id; an agreement that produced none is absent. */
    Map<Long, List<Mention>> mentionsFrom(Collection<Long> agreementIds);

    /** An initiative with its milestones; {@code status} is the initiative module's InitiativeStatus. */
    record Produced(long id, Bilingual title, Enum<?> status, PartialDate announced, PartialDate started,
                    PartialDate launched, PartialDate ended) {
    }

    /** An initiative as a line in an agreement's API record, with its launch date (null when unknown). */
    record Mention(long id, Bilingual title, Enum<?> status, PartialDate launched) {
    }
}
