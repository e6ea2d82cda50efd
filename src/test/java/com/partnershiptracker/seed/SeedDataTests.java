package com.partnershiptracker.seed;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.agreement.AgreementAttendee;
import com.partnershiptracker.agreement.AgreementFilter;
import com.partnershiptracker.agreement.AgreementKind;
import com.partnershiptracker.agreement.AgreementParty;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.agreement.AgreementSummary;
import com.partnershiptracker.dossier.PartnerOverview;
import com.partnershiptracker.dossier.PartnerDossierService;
import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.initiative.MetricKind;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationRelation;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.organization.RelationKind;
import com.partnershiptracker.person.PersonService;
import com.partnershiptracker.person.Position;
import com.partnershiptracker.shared.DatePrecision;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.source.SourceService;
import com.partnershiptracker.support.SeededPostgresTest;
import com.partnershiptracker.timeline.TimelineEntry;
import com.partnershiptracker.timeline.TimelineEntryKind;
import com.partnershiptracker.timeline.TimelineFilter;
import com.partnershiptracker.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.partnershiptracker.initiative.PaceStatus;
import com.partnershiptracker.initiative.TargetPace;
import com.partnershiptracker.initiative.TargetProgress;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Spot checks of the seed, several facts per article, read through the services. */
@SeededPostgresTest
class SeedDataTests {

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganizationService organizations;

    @Autowired
    PersonService people;

    @Autowired
    SourceService sources;

    @Autowired
    TimelineService timeline;

    @Autowired
    PartnerDossierService dossiers;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    JdbcClient jdbc;

    @Test
    void holdsTheRecordsTheArticlesReport() {
        assertThat(count("sources")).isEqualTo(5);
        assertThat(count("organizations")).isEqualTo(30);
        assertThat(count("organization_relations")).isEqualTo(3);
        assertThat(count("agreements")).isEqualTo(6);
        assertThat(count("initiatives")).isEqualTo(31);
        assertThat(count("metrics")).isEqualTo(13);
        assertThat(count("people")).isEqualTo(6);
        assertThat(count("positions")).isEqualTo(8);
        assertThat(count("statements")).isEqualTo(14);
    }

    @Test
    void etodayArticleKakaoPayMouIsDatedToTheDayWithBothParties() {
        Agreement mou = agreementTitled("디지털 금융서비스 공동 개발 및 협력을 위한 업무협약");
        assertThat(mou.getSigned().toIsoString()).isEqualTo("2020-09-10");
        assertThat(mou.getSigned().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(mou.getParties()).extracting(p -> p.getOrganization().getSlug()).containsExactly("woori-bank", "kakao-pay");
        assertThat(mou.getCitations()).anySatisfy(c -> assertThat(c.getNote()).contains("'Kakao' loosely"));
        assertThat(mou.getAreas()).hasSize(2);
    }

    @Test
    void etodayArticleDatesKwonsAppointmentAndTheJulyUnits() {
        Position ceo = people.positionsOf(people.getBySlug("kwon-kwang-seok")).stream()
                .filter(p -> p.getOrganization().getSlug().equals("woori-bank")).findFirst().orElseThrow();
        assertThat(ceo.getStarted().toIsoString()).isEqualTo("2020-03-24");
        Organization dtGroup = organizations.getBySlug("woori-bank-dt-promotion-group");
        assertThat(dtGroup.getFounded().toIsoString()).isEqualTo("2020-07");
        assertThat(dtGroup.getFounded().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(dtGroup.getParent().getSlug()).isEqualTo("woori-bank");
    }

    @Test
    void inews24ArticleDateIsInferredAndSaysHow() {
        Source article = sourceHeadlined("적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길");
        assertThat(article.getPublished().toIsoString()).isEqualTo("2020-09-23");
        assertThat(article.getPublished().isInferred()).isTrue();
        assertThat(article.getPublished().note()).contains("23일");
        assertThat(article.getAuthor()).isEqualTo("서상혁");
    }

    @Test
    void inews24ArticleKeepsTheMalformedLoanFigureAsPrintedWithoutAValue() {
        Metric loans = metricMeasured("여신잔액");
        assertThat(loans.getRawText()).isEqualTo("18조3천3257억원");
        assertThat(loans.getValue()).isNull();
        assertThat(loans.getOrganization().getSlug()).isEqualTo("kakao-bank");
    }

    @Test
    void naverServiceKeepsThePreferredStartAndTheConflictingMonthWithItsSource() {
        TimelineEntry launch = timeline.entries(TimelineFilter.everything().withPartners(List.of("naver"), false)
                        .withKinds(Set.of(FactKind.INITIATIVE))).getContent().stream()
                .filter(e -> e.kind() == TimelineEntryKind.INITIATIVE_LAUNCHED).findFirst().orElseThrow();
        assertThat(launch.date().toIsoString()).isEqualTo("2020-08-03");
        assertThat(launch.citations()).anySatisfy(c -> {
            assertThat(c.isConflicting()).isTrue();
            assertThat(c.claimAttribute()).isEqualTo("LAUNCHED");
            assertThat(c.claimValue()).isEqualTo("2020-07");
            assertThat(c.headline().ko()).startsWith("적은 비용으로");
        });
    }

    @Test
    void maeilArticleMouIsSignedAtWooriBankHeadOfficeWithItsAffiliatesAndAttendees() {
        Agreement mou = agreementTitled("금융·ICT 융합을 위한 전략적 업무협약");
        assertThat(mou.getKind()).isEqualTo(AgreementKind.STRATEGIC_MOU);
        assertThat(mou.getSigned().toIsoString()).isEqualTo("2020-08-19");
        assertThat(mou.getPlace().ko()).isEqualTo("서울 중구 우리은행 본점");
        assertThat(mou.getParties()).extracting(AgreementParty::getOrganization).extracting(Organization::getSlug)
                .containsExactly("woori-financial-group", "kt", "woori-bank", "woori-card", "bc-card");
        assertThat(mou.getAttendees()).extracting(AgreementAttendee::getPerson).extracting(p -> p.getName().en())
                .containsExactly("Sohn Tae-seung", "Koo Hyun-mo", "Kwon Kwang-seok", "Lee Dong-myun");
    }

    @Test
    void maeilArticleRecordsTheVerbalPledgeAsAMonth() {
        Agreement pledge = agreementTitled("손태승·구현모 금융·ICT 융합 협력 구두 약속");
        assertThat(pledge.getKind()).isEqualTo(AgreementKind.VERBAL_PLEDGE);
        assertThat(pledge.getAnnounced().toIsoString()).isEqualTo("2020-06");
        assertThat(pledge.getCitations()).hasSize(3);
    }

    @Test
    void maeilArticleRecordsKBanksMajorShareholders() {
        List<OrganizationRelation> relations = organizations.relationsOf(organizations.getBySlug("k-bank"));
        assertThat(relations).allMatch(r -> r.getKind() == RelationKind.MAJOR_SHAREHOLDER_OF)
                .extracting(r -> r.getSubject().getSlug())
                .containsExactlyInAnyOrder("woori-bank", "bc-card", "nh-investment-securities");
        assertThat(organizations.getBySlug("bc-card").getParent().getSlug()).isEqualTo("kt");
        assertThat(organizations.getBySlug("k-bank").getKind()).isEqualTo(OrganizationKind.INTERNET_BANK);
    }

    @Test
    void fntimesArticleDateIgnoresThePageSaveDate() {
        Source article = sourceHeadlined("손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’");
        assertThat(article.getPublished().toIsoString()).isEqualTo("2020-11-02");
        assertThat(article.getPublished().isInferred()).isFalse();
    }

    @Test
    void fntimesArticleDatesTheRedTeamToTheDayAndTheTrainingToTheMonth() {
        assertThat(organizations.getBySlug("woori-red-team").getFounded().toIsoString()).isEqualTo("2020-10-22");
        TimelineEntry training = timeline.entries(TimelineFilter.everything().matching("공동연수")).getContent().stream()
                .filter(e -> e.kind() == TimelineEntryKind.INITIATIVE_STARTED).findFirst().orElseThrow();
        assertThat(training.date().toIsoString()).isEqualTo("2020-10");
    }

    @Test
    void hankyungArticleStoresTheTargetAsATargetBesideTheActual() {
        Metric target = metricMeasured("그룹 플랫폼 통합 월간활성사용자수(MAU)");
        Metric actual = metricMeasured("우리WON뱅킹 월간활성사용자수(MAU)");
        assertThat(target.getKind()).isEqualTo(MetricKind.TARGET);
        assertThat(target.getValue()).isEqualByComparingTo(new BigDecimal("15000000"));
        assertThat(target.getTarget().toIsoString()).isEqualTo("2023");
        assertThat(actual.getKind()).isEqualTo(MetricKind.ACTUAL);
        assertThat(actual.getValue()).isEqualByComparingTo(new BigDecimal("7190000"));
        assertThat(actual.getAsOf().toIsoString()).isEqualTo("2022-10");
        assertThat(actual.getTarget()).isNull();
    }

    @Test
    void wonBankingUsersCountAsAPartOfTheGroupTargetAndNoOtherSeedActualIsLinked() {
        Metric target = metricMeasured("그룹 플랫폼 통합 월간활성사용자수(MAU)");
        Metric actual = metricMeasured("우리WON뱅킹 월간활성사용자수(MAU)");
        assertThat(actual.getProgressToward().getId()).isEqualTo(target.getId());
        assertThat(actual.isProgressPart()).isTrue();
        // One platform of the combined measure, about another initiative: only a part link allows that.
        assertThat(actual.getInitiative().getId()).isNotEqualTo(target.getInitiative().getId());
        assertThat(jdbc.sql("select count(*) from metrics where progress_toward_id is not null").query(Long.class).single())
                .isEqualTo(1L);
        assertThat(jdbc.sql("select count(*) from metrics_aud where id = :id and progress_part")
                .param("id", actual.getId()).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void theGroupTargetReadsAtLeast48PercentFromWonBankingAlone() {
        Metric target = metricMeasured("그룹 플랫폼 통합 월간활성사용자수(MAU)");
        TargetProgress progress = initiatives.getDetails(target.getInitiative().getId()).targets().stream()
                .filter(p -> p.target().getId().equals(target.getId())).findFirst().orElseThrow();

        assertThat(progress.latest().getValue()).isEqualByComparingTo(new BigDecimal("7190000"));
        assertThat(progress.percent()).isEqualTo(48);
        assertThat(progress.isPartial()).isTrue();
        assertThat(progress.isReached()).isFalse();
        assertThat(progress.paceOn(LocalDate.of(2026, 12, 6)).status()).isEqualTo(PaceStatus.DATE_PASSED);
        // On the article's date (November 2022), 13 months were left until the end of 2023.
        TargetPace then = progress.paceOn(LocalDate.of(2022, 11, 24));
        assertThat(then.monthsLeft()).isEqualTo(13);
        assertThat(then.neededPerMonth()).isEqualByComparingTo(new BigDecimal("600769.2308"));
        assertThat(then.status()).isEqualTo(PaceStatus.UNKNOWN);
    }

    @Test
    void hankyungArticleDateIsInferredFromTheText() {
        Source article = sourceHeadlined("손태승 회장 \"디지털 플랫폼 기업 도약 위해 전사 역량 집중\"");
        assertThat(article.getPublished().toIsoString()).isEqualTo("2022-11-24");
        assertThat(article.getPublished().isInferred()).isTrue();
        assertThat(people.getBySlug("ok-il-jin").getBirthYear()).isEqualTo(1974);
    }

    @Test
    void partnerFilterOnKtListsExactlyItsTwoAgreements() {
        List<String> titles = agreements.search(AgreementFilter.everything().withPartners(List.of("kt"), false), Locale.KOREAN)
                .getContent().stream().map(a -> a.title().ko()).toList();
        assertThat(titles).containsExactly("금융·ICT 융합을 위한 전략적 업무협약", "손태승·구현모 금융·ICT 융합 협력 구두 약속");
    }

    @Test
    void groupFilterWithAffiliatesCoversTheBanksAgreements() {
        List<AgreementSummary> groupWide = agreements.search(AgreementFilter.everything()
                .withPartners(List.of("woori-financial-group"), true), Locale.ENGLISH).getContent();
        List<AgreementSummary> groupOnly = agreements.search(AgreementFilter.everything()
                .withPartners(List.of("woori-financial-group"), false), Locale.ENGLISH).getContent();
        assertThat(groupWide).hasSize(6);
        assertThat(groupOnly).hasSize(2);
    }

    @Test
    void kakaoPayDossierShowsItsAgreementInitiativeAndSources() {
        PartnerOverview overview = dossiers.overviewOf("kakao-pay");
        assertThat(overview.agreements().getContent()).hasSize(1);
        assertThat(overview.summary().initiatives()).isEqualTo(1);
        assertThat(dossiers.initiativesOf("kakao-pay", PageSlice.first()).content().getContent()).hasSize(1);
        assertThat(dossiers.sourcesOf("kakao-pay", PageSlice.first()).content().getTotalElements()).isEqualTo(3);
        assertThat(overview.summary().firstActivity().toIsoString()).isEqualTo("2020-09-10");
    }

    @Test
    void theWholeTimelineFitsOnePageInOrder() {
        List<TimelineEntry> entries = timeline.entries(TimelineFilter.everything().onPage(new PageSlice(0, 100))).getContent();
        assertThat(entries).isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()));
        assertThat(entries.get(0).title().en()).isEqualTo("KakaoBank");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.citations()).isNotEmpty());
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private Agreement agreementTitled(String titleKo) {
        long id = jdbc.sql("select id from agreements where title_ko = :title").param("title", titleKo).query(Long.class).single();
        return agreements.getById(id);
    }

    private Source sourceHeadlined(String headlineKo) {
        long id = jdbc.sql("select id from sources where headline_ko = :headline").param("headline", headlineKo)
                .query(Long.class).single();
        return sources.getById(id);
    }

    private Metric metricMeasured(String measureKo) {
        long id = jdbc.sql("select id from metrics where measure_ko = :measure").param("measure", measureKo)
                .query(Long.class).single();
        return initiatives.getMetric(id);
    }
}
