package com.partnershiptracker.lookup;

import com.partnershiptracker.support.SeededPostgresTest;
import com.partnershiptracker.support.SqlStatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a picker field's text as a record, and the look-up behind the picker, on PostgreSQL. */
@SeededPostgresTest
class ReferenceResolutionTests {

    @Autowired
    ReferenceResolver resolver;

    @Autowired
    Lookups lookups;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter statements;

    @BeforeEach
    void addOrganizationsWithNamesAliasesAndNamesakes() {
        organization("pk-alpha-bank", "피케이알파은행", "PK Alpha Bank");
        jdbc.sql("insert into organization_aliases (organization_id, position, alias) "
                + "select id, 0, 'Alphabank Korea' from organizations where slug = 'pk-alpha-bank'").update();
        organization("pk-twin-one", "피케이쌍둥이", "PK Twin");
        organization("pk-twin-two", "피케이쌍둥이", "PK Twin");
        organization("pk-gamma", null, "PK Gamma");
        organization("pk-gamma-card", null, "PK Gamma Card");
        organization("big-pk-gamma", null, "Big PK Gamma");
        organization("pk-percent-bank", null, "PK 100% Bank");
        organization("pk-thousand-bank", null, "PK 1000 Bank");
        jdbc.sql("insert into people (slug, name_ko, name_en) values ('pk-kim-picker', '김피커', 'Kim Picker')").update();
    }

    @Test
    void aSlugNamesItsRecord() {
        assertThat(found(LookupKind.ORGANIZATIONS, "pk-alpha-bank")).isEqualTo("pk-alpha-bank");
        assertThat(found(LookupKind.PEOPLE, " pk-kim-picker ")).isEqualTo("pk-kim-picker");
    }

    @Test
    void aKoreanOrEnglishNameOrAnAliasNamesItsRecordInAnyCase() {
        assertThat(found(LookupKind.ORGANIZATIONS, "피케이알파은행")).isEqualTo("pk-alpha-bank");
        assertThat(found(LookupKind.ORGANIZATIONS, "pk ALPHA bank")).isEqualTo("pk-alpha-bank");
        assertThat(found(LookupKind.ORGANIZATIONS, "alphabank korea")).isEqualTo("pk-alpha-bank");
        assertThat(found(LookupKind.PEOPLE, "김피커")).isEqualTo("pk-kim-picker");
    }

    @Test
    void theCanonicalTextNamesItsRecordByKeyInOneLookUp() {
        SqlStatementCounter.Counted<Resolution> counted =
                statements.count(() -> resolver.resolve(LookupKind.ORGANIZATIONS, "PK Alpha Bank (pk-alpha-bank)"));
        assertThat(((Resolution.Found) counted.result()).match().key()).isEqualTo("pk-alpha-bank");
        // The look-up, and on PostgreSQL the statement asking for a plan made for its own text.
        assertThat(counted.statements()).isLessThanOrEqualTo(2);
        assertThat(found(LookupKind.ORGANIZATIONS, "피케이알파은행 (pk-alpha-bank)")).isEqualTo("pk-alpha-bank");
    }

    @Test
    void aBracketedKeyUnderAnotherRecordsNameIsNotTakenOnTrust() {
        assertThat(resolver.resolve(LookupKind.ORGANIZATIONS, "PK Gamma (pk-alpha-bank)")).isInstanceOf(Resolution.Unknown.class);
    }

    @Test
    void aNameTwoRecordsShareIsAmbiguousAndNamesBoth() {
        Resolution resolution = resolver.resolve(LookupKind.ORGANIZATIONS, "PK Twin");
        assertThat(resolution).isInstanceOf(Resolution.Ambiguous.class);
        assertThat(((Resolution.Ambiguous) resolution).candidates()).extracting(LookupMatch::key)
                .containsExactlyInAnyOrder("pk-twin-one", "pk-twin-two");
        assertThat(resolver.resolve(LookupKind.ORGANIZATIONS, "피케이쌍둥이")).isInstanceOf(Resolution.Ambiguous.class);
    }

    @Test
    void anUnknownNameIsUnknownWithTheRecordsThatContainItAsSuggestions() {
        assertThat(resolver.resolve(LookupKind.ORGANIZATIONS, "no such organization anywhere"))
                .isEqualTo(new Resolution.Unknown(List.of()));
        Resolution partial = resolver.resolve(LookupKind.ORGANIZATIONS, "alpha ban");
        assertThat(partial).isInstanceOf(Resolution.Unknown.class);
        assertThat(((Resolution.Unknown) partial).suggestions()).extracting(LookupMatch::key).contains("pk-alpha-bank");
        assertThat(resolver.resolve(LookupKind.PEOPLE, "pk-alpha-bank")).isInstanceOf(Resolution.Unknown.class);
    }

    @Test
    void blankTextNamesNothing() {
        assertThat(resolver.resolve(LookupKind.ORGANIZATIONS, "  ")).isInstanceOf(Resolution.Blank.class);
    }

    @Test
    void recordsWithoutASlugAreNamedByIdOrByTitle() {
        long id = jdbc.sql("select min(id) from agreements").query(Long.class).single();
        String title = jdbc.sql("select title_ko from agreements where id = :id").param("id", id).query(String.class).single();
        assertThat(found(LookupKind.AGREEMENTS, "#" + id)).isEqualTo(String.valueOf(id));
        assertThat(found(LookupKind.AGREEMENTS, String.valueOf(id))).isEqualTo(String.valueOf(id));
        assertThat(found(LookupKind.AGREEMENTS, title + " (#" + id + ")")).isEqualTo(String.valueOf(id));
        assertThat(resolver.resolve(LookupKind.AGREEMENTS, "#99999999")).isInstanceOf(Resolution.Unknown.class);
    }

    @Test
    void theLookUpOffersWholeNamesThenPrefixesThenTheRest() {
        assertThat(lookups.search(LookupKind.ORGANIZATIONS, "pk gamma", 10)).extracting(LookupMatch::key)
                .containsExactly("pk-gamma", "pk-gamma-card", "big-pk-gamma");
        assertThat(lookups.search(LookupKind.ORGANIZATIONS, "pk gamma", 2)).hasSize(2);
    }

    @Test
    void percentAndUnderscoreArePlainCharacters() {
        assertThat(lookups.search(LookupKind.ORGANIZATIONS, "0% b", 10)).extracting(LookupMatch::key)
                .containsExactly("pk-percent-bank");
        assertThat(lookups.search(LookupKind.ORGANIZATIONS, "pk_alpha", 10)).isEmpty();
    }

    @Test
    void aLookUpIsOneBoundedStatementHoweverCommonTheWord() {
        SqlStatementCounter.Counted<List<LookupMatch>> counted =
                statements.count(() -> lookups.search(LookupKind.AGREEMENTS, "a", Lookups.MAX_LIMIT));
        assertThat(counted.result()).hasSizeLessThanOrEqualTo(Lookups.MAX_LIMIT);
        assertThat(counted.statements()).isLessThanOrEqualTo(2);
    }

    private String found(LookupKind kind, String text) {
        Resolution resolution = resolver.resolve(kind, text);
        assertThat(resolution).as(text).isInstanceOf(Resolution.Found.class);
        return ((Resolution.Found) resolution).match().key();
    }

    private void organization(String slug, String nameKo, String nameEn) {
        jdbc.sql("insert into organizations (slug, name_ko, name_en, kind) values (:slug, :ko, :en, 'BANK')")
                .param("slug", slug).param("ko", nameKo).param("en", nameEn).update();
    }
}
