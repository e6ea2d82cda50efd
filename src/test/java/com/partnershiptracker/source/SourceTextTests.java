package com.partnershiptracker.source;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.support.PostgresTest;
import com.partnershiptracker.support.SqlStatementCounter;
import com.partnershiptracker.support.TestRecords;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PostgresTest
class SourceTextTests {

    @Autowired
    SourceService sources;

    @Autowired
    TestRecords records;

    @Autowired
    EntityManager entityManager;

    @Autowired
    SqlStatementCounter statements;

    @Test
    void anArticleTextUpToTheCapIsSavedAndReadBackWhole() {
        Source source = records.source("A long article");
        String text = "우리금융그룹과 KT는 업무협약을 맺었다.\n\n".repeat(9_000).substring(0, Source.ARTICLE_TEXT_MAX_LENGTH);
        long before = source.getVersion();
        sources.update(source.getId(), before, keeping(text, "https://archive.example/a"));
        entityManager.flush();
        entityManager.clear();

        Source read = sources.getById(source.getId());
        assertThat(read.getArticleText()).hasSize(Source.ARTICLE_TEXT_MAX_LENGTH).isEqualTo(text);
        assertThat(read.getArchiveUrl()).isEqualTo("https://archive.example/a");
        assertThat(read.getVersion()).isEqualTo(before + 1);
    }

    @Test
    void aTextOverTheCapOrAnArchiveAddressThatIsNotHttpIsRefused() {
        Source source = records.source("Too long");
        assertThatThrownBy(() -> source.keepText("가".repeat(Source.ARTICLE_TEXT_MAX_LENGTH + 1), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> source.keepText("text", "javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSourcesCitationsAreCheckedAgainstItsTextInOneStatement() {
        Source source = records.source("Checked article");
        Organization bank = records.organization("checked-bank", OrganizationKind.BANK);
        Organization pay = records.organization("checked-pay", OrganizationKind.FINTECH);
        records.agreement("Found", PartialDate.ofYear(2020), source, bank, pay);
        records.agreement("Missing", PartialDate.ofYear(2021), source, bank, pay);
        sources.update(source.getId(), source.getVersion(), keeping("… the quote  for\nFound, in full.", null));
        entityManager.flush();
        Source withText = sources.getById(source.getId());

        var counted = statements.count(() -> sources.checkedQuotes(withText));

        List<CheckedQuote> checked = counted.result().getContent();
        assertThat(counted.result().getTotalElements()).isEqualTo(2);
        assertThat(checked).extracting(quote -> quote.cited().quote(), CheckedQuote::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("quote for Found", QuoteCheck.Status.FOUND),
                org.assertj.core.groups.Tuple.tuple("quote for Missing", QuoteCheck.Status.NOT_FOUND));
        assertThat(counted.statements()).isEqualTo(1);
    }

    @Test
    void withoutATextNoQuoteIsChecked() {
        Source source = records.source("Unchecked article");
        records.agreement("Unchecked", PartialDate.ofYear(2020), source, records.organization("unchecked-bank", OrganizationKind.BANK),
                records.organization("unchecked-pay", OrganizationKind.FINTECH));
        entityManager.flush();
        assertThat(sources.checkedQuotes(source).getContent()).extracting(CheckedQuote::status).containsExactly(QuoteCheck.Status.UNCHECKED);
    }

    @Autowired
    CitationLookup lookup;

    @Test
    void aRecordsCitationsAreCheckedAgainstTheirSourcesTextsInTwoStatements() {
        Source withText = records.source("Record's first source");
        Source without = records.source("Record's second source");
        Organization bank = records.organization("record-bank", OrganizationKind.BANK);
        Organization pay = records.organization("record-pay", OrganizationKind.FINTECH);
        var agreement = records.agreement("Twice cited", PartialDate.ofYear(2020), withText, bank, pay);
        agreement.cite(Citation.supporting(without, "quote for Twice cited"));
        withText.keepText("Nothing of the kind.", null);
        entityManager.flush();

        var counted = statements.count(() -> lookup.checkedCitationsOf(
                new com.partnershiptracker.shared.FactRef(com.partnershiptracker.shared.FactKind.AGREEMENT, agreement.getId())));

        assertThat(counted.result()).extracting(checked -> checked.citation().sourceId(), CheckedCitation::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(withText.getId(), QuoteCheck.Status.NOT_FOUND),
                org.assertj.core.groups.Tuple.tuple(without.getId(), QuoteCheck.Status.UNCHECKED));
        assertThat(counted.statements()).isEqualTo(2);
    }

    /** An edit that only keeps an article text and its archive address. */
    private static SourceChange keeping(String text, String archiveUrl) {
        return new SourceChange() {
            @Override
            public Source newSource() {
                throw new UnsupportedOperationException("an update only");
            }

            @Override
            public void applyTo(Source source) {
                source.keepText(text, archiveUrl);
            }
        };
    }
}
