package com.partnershiptracker.initiative.web;

import com.partnershiptracker.export.CsvDownloads;
import com.partnershiptracker.export.ExportSink;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.initiative.MetricCsv;
import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.websupport.Display;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(MetricExportController.class)
@Import({Display.class, SliceSecurity.class, CsvDownloads.class})
class MetricExportControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    InitiativeService initiatives;

    @Test
    void csvWritesTheImportsColumnsWithTheTargetAnActualCountsToward() throws Exception {
        Organization bank = new Organization("k-bank", Bilingual.of("케이뱅크", "K Bank"), OrganizationKind.BANK);
        Metric target = Metric.target(bank, null, Bilingual.of("고객 수", "Customers"));
        ReflectionTestUtils.setField(target, "id", 3L);
        target.record(new BigDecimal("15000000"), "people", null);
        target.targetFor(PartialDate.ofYear(2023));
        Metric actual = Metric.actual(bank, null, Bilingual.of("고객 수", "Customers"));
        ReflectionTestUtils.setField(actual, "id", 4L);
        actual.record(new BigDecimal("7190000"), "people", "719만 명");
        actual.asOf(PartialDate.ofMonth(2021, 10).inferred("from a chart"));
        actual.measureProgressToward(target);
        doAnswer(call -> {
            ExportSink<Metric> sink = call.getArgument(1);
            sink.open();
            sink.accept(target);
            sink.accept(actual);
            return null;
        }).when(initiatives).forEachMetricWithSubjects(anyInt(), any());

        byte[] body = mvc.perform(get("/metrics.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("metrics.csv")))
                .andReturn().getResponse().getContentAsByteArray();

        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF" + String.join(",", MetricCsv.COLUMNS) + "\r\n");
        assertThat(text).contains("3,TARGET,k-bank,,고객 수,Customers,15000000,people,,,,,,2023,year,,,,\r\n");
        assertThat(text).contains("4,ACTUAL,k-bank,,고객 수,Customers,7190000,people,719만 명,2021-10,month,yes,from a chart,,,,,3,\r\n");
    }
}
