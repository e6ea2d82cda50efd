package com.partnershiptracker.person;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;

import java.util.List;

/**
 * What a person said on the record, for their page. The statement module implements it: statements depend on
 * people, so people ask through this interface instead of depending on statements back.
 */
public interface StatementsOfPerson {

    /** The person's statements, oldest first. */
    List<Quote> of(long personId);

    /** One statement as the person's page shows it. */
    record Quote(Bilingual text, PartialDate stated) {
    }
}
