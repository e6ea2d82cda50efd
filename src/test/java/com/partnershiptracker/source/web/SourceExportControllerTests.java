package com.partnershiptracker.source.web;

import com.partnershiptracker.export.CsvDownloads;
import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.CitedAttribute;
import com.partnershiptracker.source.SourceCsv;
import com.partnershiptracker.source.SourceCsvReader;
import com.partnershiptracker.websupport.Display;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SourceExportController.class)
@Import({Display.class, SliceSecurity.class, CsvDownloads.class})
class SourceExportControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SourceCsvReader reader;

    @Test
    void csvWritesTheImportsColumnsOneRowPerCitationAndOneForASourceNothingCites() throws Exception {
        SourceCsv.SourceRow cited = new SourceCsv.SourceRow(7, 0, "NEWS_ARTICLE", "연합뉴스", null, "케이뱅크 출범", "K Bank launches",
                "https://news.example/1", "ko", PartialDate.ofMonth(2017, 4).inferred("from the launch"), null, null);
        SourceCsv.SourceRow lonely = new SourceCsv.SourceRow(8, 0, "REPORT", "KT", "Lee", null, "Annual report", null, "en", null, "p. 12", null);
        when(reader.rows()).thenReturn(List.of(
                SourceCsv.fields(cited, new SourceCsv.CitationRow(7, FactKind.ORGANIZATION, 3, "k-bank", 0, null, null,
                        List.of(CitedAttribute.NAME, CitedAttribute.FOUNDED), "케이뱅크가 출범했다", null, null)),
                SourceCsv.fields(cited, new SourceCsv.CitationRow(7, FactKind.AGREEMENT, 12, "12", 1, "SIGNED", "2017-03",
                        List.of(), null, "earlier", "더 이름")),
                SourceCsv.fields(lonely, null)));

        byte[] body = mvc.perform(get("/sources.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("sources.csv")))
                .andReturn().getResponse().getContentAsByteArray();

        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF" + String.join(",", SourceCsv.COLUMNS) + "\r\n");
        assertThat(text).contains("7,news_article,연합뉴스,,케이뱅크 출범,K Bank launches,https://news.example/1,ko,2017-04,month,yes,from the launch,,,"
                + "organization,k-bank,,,name; founded,케이뱅크가 출범했다,,\r\n");
        assertThat(text).contains("7,news_article,연합뉴스,,케이뱅크 출범,K Bank launches,https://news.example/1,ko,2017-04,month,yes,from the launch,,,"
                + "agreement,12,signed,2017-03,,,earlier,더 이름\r\n");
        assertThat(text).contains("8,report,KT,Lee,,Annual report,,en,,,,,p. 12,,,,,,,,,\r\n");
    }
}
