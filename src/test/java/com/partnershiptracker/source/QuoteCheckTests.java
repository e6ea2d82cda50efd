package com.partnershiptracker.source;

import org.junit.jupiter.api.Test;

import static com.partnershiptracker.source.QuoteCheck.Status.FOUND;
import static com.partnershiptracker.source.QuoteCheck.Status.NOT_FOUND;
import static com.partnershiptracker.source.QuoteCheck.Status.UNCHECKED;
import static org.assertj.core.api.Assertions.assertThat;

class QuoteCheckTests {

    static final String KOREAN = """
            우리은행은 지난 10일 카카오페이와 '디지털 금융서비스 공동 개발 및 협력을 위한 업무협약'을 체결했다.
            양사는 각사의 기술을 바탕으로 ▲오픈 API 연동을 통한 비대면 대출 신청 ▲고객 맞춤 디지털 금융상품·서비스 개발을 위해 협력할 계획이다.
            권 행장은 “조만간 경쟁력있는 플랫폼 사업자와 고객 중심의 편리한 금융서비스를 제공할 예정”이라고 언급하기도 했다.
            카카오페이가 카카오톡ㆍ카카오페이 앱을 통해 제공하는 서비스""";

    static final String ENGLISH = """
            Woori Financial Group and KT signed a strategic memorandum of understanding
            on Wednesday — the first step, officials said, toward "a joint data venture."
            """;

    @Test
    void findsAQuoteCopiedWordForWord() {
        assertThat(QuoteCheck.status(KOREAN, "카카오페이와 '디지털 금융서비스 공동 개발 및 협력을 위한 업무협약'을 체결했다")).isEqualTo(FOUND);
        assertThat(QuoteCheck.status(ENGLISH, "signed a strategic memorandum")).isEqualTo(FOUND);
    }

    @Test
    void doesNotFindAQuoteWithOtherWords() {
        assertThat(QuoteCheck.status(KOREAN, "카카오페이와 디지털 금융서비스 공동 개발 협약을 맺었다")).isEqualTo(NOT_FOUND);
        assertThat(QuoteCheck.status(ENGLISH, "signed a binding contract")).isEqualTo(NOT_FOUND);
    }

    @Test
    void findsAQuoteThatRunsAcrossALineBreak() {
        assertThat(QuoteCheck.status(KOREAN, "체결했다. 양사는 각사의 기술을")).isEqualTo(FOUND);
        assertThat(QuoteCheck.status(ENGLISH, "memorandum of understanding on Wednesday")).isEqualTo(FOUND);
        assertThat(QuoteCheck.status(ENGLISH, "memorandum of\n   understanding\r\non Wednesday")).isEqualTo(FOUND);
    }

    @Test
    void treatsFullWidthAndHalfWidthPunctuationAndLettersAlike() {
        assertThat(QuoteCheck.status(KOREAN, "체결했다． 양사는 각사의 기술을")).isEqualTo(FOUND);
        assertThat(QuoteCheck.status(KOREAN, "▲오픈 ＡＰＩ 연동을 통한 비대면 대출 신청")).isEqualTo(FOUND);
        assertThat(QuoteCheck.status("금융（핀테크）협력, 2020년", "금융(핀테크)협력，2020년")).isEqualTo(FOUND);
    }

    @Test
    void treatsEveryStyleOfQuoteMarkAlike() {
        assertThat(QuoteCheck.status(KOREAN, "‘디지털 금융서비스 공동 개발 및 협력을 위한 업무협약’")).isEqualTo(FOUND);
        assertThat(QuoteCheck.status(KOREAN, "「디지털 금융서비스 공동 개발 및 협력을 위한 업무협약」")).isEqualTo(FOUND);
        assertThat(QuoteCheck.status(KOREAN, "\"조만간 경쟁력있는 플랫폼 사업자와")).isEqualTo(FOUND);
        assertThat(QuoteCheck.status(ENGLISH, "toward “a joint data venture.”")).isEqualTo(FOUND);
    }

    @Test
    void treatsDashesAndMiddleDotsAlike() {
        assertThat(QuoteCheck.status(ENGLISH, "on Wednesday - the first step")).isEqualTo(FOUND);
        assertThat(QuoteCheck.status(ENGLISH, "on Wednesday–the first step")).isEqualTo(FOUND);
        assertThat(QuoteCheck.status(KOREAN, "카카오톡·카카오페이 앱")).isEqualTo(FOUND);
        assertThat(QuoteCheck.status(KOREAN, "디지털 금융상품ㆍ서비스 개발")).isEqualTo(FOUND);
    }

    @Test
    void ignoresSpacesNextToPunctuationButNotBetweenWords() {
        assertThat(QuoteCheck.status(KOREAN, "금융상품 · 서비스 개발")).isEqualTo(FOUND);
        assertThat(QuoteCheck.status(ENGLISH, "officials said , toward")).isEqualTo(FOUND);
        assertThat(QuoteCheck.status(KOREAN, "비대면대출신청")).isEqualTo(NOT_FOUND);
    }

    @Test
    void readsAnEllipsisAsAnOmissionWhosePartsComeInOrder() {
        assertThat(QuoteCheck.status(KOREAN, "우리은행은 지난 10일 … 업무협약'을 체결했다")).isEqualTo(FOUND);
        assertThat(QuoteCheck.status(KOREAN, "우리은행은 지난 10일 ... 업무협약'을 체결했다")).isEqualTo(FOUND);
        assertThat(QuoteCheck.status(KOREAN, "업무협약'을 체결했다 … 우리은행은 지난 10일")).isEqualTo(NOT_FOUND);
    }

    @Test
    void leavesAQuoteUncheckedWithoutTextOrQuote() {
        assertThat(QuoteCheck.status(null, "anything")).isEqualTo(UNCHECKED);
        assertThat(QuoteCheck.status("  \n", "anything")).isEqualTo(UNCHECKED);
        assertThat(QuoteCheck.status(KOREAN, null)).isEqualTo(UNCHECKED);
        assertThat(QuoteCheck.status(KOREAN, " ")).isEqualTo(UNCHECKED);
        assertThat(QuoteCheck.status(KOREAN, "…")).isEqualTo(UNCHECKED);
    }

    @Test
    void checksManyQuotesAgainstOneTextNormalisedOnce() {
        QuoteCheck check = QuoteCheck.against(ENGLISH);
        assertThat(check.statusOf("Woori Financial Group")).isEqualTo(FOUND);
        assertThat(check.statusOf("Shinhan Financial Group")).isEqualTo(NOT_FOUND);
    }
}
