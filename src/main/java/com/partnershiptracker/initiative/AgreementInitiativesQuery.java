package com.partnershiptracker.initiative;

import com.partnershiptracker.agreement.ProducedInitiatives;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The initiatives agreements produced, for the agreement module; one statement per call. */
@Component
class AgreementInitiativesQuery implements ProducedInitiatives {

    private final InitiativeService initiatives;

    AgreementInitiativesQuery(InitiativeService initiatives) {
        this.initiatives = initiatives;
    }

    @Override
    public List<Produced> from(long agreementId) {
        return initiatives.summariesFrom(agreementId).stream()
                .map(i -> new Produced(i.id(), i.title(), i.status(), i.announced(), i.started(), i.launched(), i.ended()))
                .toList();
    }

    @Override
    public Map<Long, List<Mention>> mentionsFrom(Collection<Long> agreementIds) {
        Map<Long, List<Mention>> mentions = new LinkedHashMap<>();
        initiatives.refsFrom(agreementIds).forEach((agreementId, refs) -> mentions.put(agreementId,
                refs.stream().map(ref -> new Mention(ref.id(), ref.title(), ref.status(), ref.launched())).toList()));
        return mentions;
    }
}
