package com.partnershiptracker.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static com.partnershiptracker.shared.ExternalIdentifier.KR_CORPORATE_REGISTRATION_NUMBER;
import static com.partnershiptracker.shared.ExternalIdentifier.LEI;
import static com.partnershiptracker.shared.ExternalIdentifier.WIKIDATA;
import static org.assertj.core.api.Assertions.assertThat;

class ExternalIdentifierTests {

    @ParameterizedTest
    @CsvSource({
            "Q42, Q42",
            "q42, Q42",
            "'  Q123456789 ', Q123456789",
            "https://www.wikidata.org/wiki/Q42, Q42",
            "http://wikidata.org/wiki/q42/, Q42",
            "https://m.wikidata.org/wiki/Q42, Q42",
            "https://www.wikidata.org/entity/Q42, Q42"})
    void aWikidataItemIsReadFromTheFormsPeoplePasteIt(String text, String canonical) {
        assertThat(WIKIDATA.normalize(text)).contains(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "Q", "Q0", "Q042", "P31", "Q42a", "abc", "https://www.wikidata.org/wiki/P31",
            "https://example.org/wiki/Q42", "Q123456789012"})
    void whatIsNotAWikidataItemIsUnreadable(String text) {
        assertThat(WIKIDATA.read(text).problem()).isEqualTo(ExternalIdentifier.Problem.FORMAT);
        assertThat(WIKIDATA.normalize(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "5493001KJTIIGC8Y1R12, 5493001KJTIIGC8Y1R12",
            "5493001kjtiigc8y1r12, 5493001KJTIIGC8Y1R12",
            "'5493 001K JTII GC8Y 1R12', 5493001KJTIIGC8Y1R12",
            "HWUPKR0MPOU8FGXBT394, HWUPKR0MPOU8FGXBT394",
            "529900T8BM49AURSDO55, 529900T8BM49AURSDO55"})
    void aLeiIsReadInAnyCaseWithSpacesAndItsCheckDigitsHold(String text, String canonical) {
        assertThat(LEI.normalize(text)).contains(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5493001KJTIIGC8Y1R13", "5493001KJTIIGC8Y1R21", "5493001KJTIIGC8Y2R12", "HWUPKR0MPOU8FGXBT349"})
    void aLeiWithAMistypedCharacterFailsItsCheckDigits(String text) {
        assertThat(LEI.read(text).problem()).isEqualTo(ExternalIdentifier.Problem.CHECK_DIGITS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5493001KJTIIGC8Y1R1", "5493001KJTIIGC8Y1R123", "5493001KJTIIGC8Y1RAB", "5493001KJTIIGC8Y1R-2", "Q42"})
    void whatIsNotShapedLikeALeiIsUnreadable(String text) {
        assertThat(LEI.read(text).problem()).isEqualTo(ExternalIdentifier.Problem.FORMAT);
    }

    @ParameterizedTest
    @CsvSource({"110111-0000002, 1101110000002", "1101110000002, 1101110000002", "' 130111-0006246 ', 1301110006246"})
    void aCorporateRegistrationNumberIsReadWithOrWithoutItsHyphen(String text, String canonical) {
        assertThat(KR_CORPORATE_REGISTRATION_NUMBER.normalize(text)).contains(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"110111-0000003", "1101110000001", "130111-0006245", "031011-0006246"})
    void aCorporateRegistrationNumberWithAMistypedDigitFailsItsCheckDigit(String text) {
        assertThat(KR_CORPORATE_REGISTRATION_NUMBER.read(text).problem()).isEqualTo(ExternalIdentifier.Problem.CHECK_DIGITS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"110111000000", "11011100000023", "1101-110000002", "110111 0000002", "11011I0000002", "110111--0000002"})
    void whatIsNotThirteenDigitsIsUnreadable(String text) {
        assertThat(KR_CORPORATE_REGISTRATION_NUMBER.read(text).problem()).isEqualTo(ExternalIdentifier.Problem.FORMAT);
    }

    @Test
    void onlyTheStoredFormIsCanonical() {
        assertThat(WIKIDATA.isCanonical("Q42")).isTrue();
        assertThat(WIKIDATA.isCanonical("q42")).isFalse();
        assertThat(LEI.isCanonical("5493001kjtiigc8y1r12")).isFalse();
        assertThat(KR_CORPORATE_REGISTRATION_NUMBER.isCanonical("110111-0000002")).isFalse();
        assertThat(KR_CORPORATE_REGISTRATION_NUMBER.isCanonical("1101110000002")).isTrue();
        assertThat(WIKIDATA.normalize("  ")).isEmpty();
        assertThat(WIKIDATA.normalize(null)).isEmpty();
    }

    @Test
    void eachIsShownAsItsRegisterWritesItAndLinkedWhereTheRegisterHasAnAddress() {
        assertThat(WIKIDATA.link("Q42")).isEqualTo(new ExternalIdentifier.Link(WIKIDATA, "Q42", "https://www.wikidata.org/wiki/Q42"));
        assertThat(LEI.link("5493001KJTIIGC8Y1R12").url()).isEqualTo("https://search.gleif.org/#/record/5493001KJTIIGC8Y1R12");
        assertThat(KR_CORPORATE_REGISTRATION_NUMBER.link("1101110000002"))
                .isEqualTo(new ExternalIdentifier.Link(KR_CORPORATE_REGISTRATION_NUMBER, "110111-0000002", null));
        assertThat(WIKIDATA.link(null)).isNull();
    }
}
