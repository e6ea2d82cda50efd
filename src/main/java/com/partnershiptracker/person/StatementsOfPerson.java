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

    /** One statement as the person's page shows it, with an editor's English gloss of a Korean quote, if any. */
    record Quote(Bilingual text, PartialDate stated, String glossEn) {

        public Quote(Bilingual text, PartialDate stated) {
            this(text, stated, null);
        }
    }
}
