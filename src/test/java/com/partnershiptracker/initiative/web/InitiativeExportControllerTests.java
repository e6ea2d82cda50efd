package com.partnershiptracker.initiative.web;

import com.partnershiptracker.export.CsvDownloads;
import com.partnershiptracker.export.ExportSink;
import com.partnershiptracker.initiative.Initiative;
import com.partnershiptracker.initiative.InitiativeCsv;
import com.partnershiptracker.initiative.InitiativeKind;
import com.partnershiptracker.initiative.InitiativeRole;
import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.initiative.InitiativeStatus;
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

@WebMvcTest(InitiativeExportController.class)
@Import({Display.class, SliceSecurity.class, CsvDownloads.class})
class InitiativeExportControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    InitiativeService initiatives;

    @Test
    void csvWritesTheImportsColumnsWithEachMilestonesPrecisionInferredFlagAndNoteAndTheOrganizationsInOrder() throws Exception {
        Initiative plan = new Initiative(Bilingual.of("우리 알뜰폰", "Woori budget plan, \"KT\""), InitiativeKind.PRODUCT, InitiativeStatus.LAUNCHED);
        ReflectionTestUtils.setField(plan, "id", 7L);
        plan.announceOn(PartialDate.ofYear(2021).inferred("from the annual report"));
        plan.launchOn(PartialDate.ofDay(2021, 9, 1));
        plan.involve(new Organization("woori-bank", Bilingual.of("우리은행", "Woori Bank"), OrganizationKind.BANK), InitiativeRole.PROVIDER);
        plan.involve(new Organization("kt", Bilingual.of("KT", "KT"), OrganizationKind.TELECOM), InitiativeRole.PLATFORM);
        doAnswer(call -> {
            ExportSink<Initiative> sink = call.getArgument(1);
            sink.open();
            sink.accept(plan);
            return null;
        }).when(initiatives).forEachWithOrganizations(anyInt(), any());

        byte[] body = mvc.perform(get("/initiatives.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("initiatives.csv")))
                .andReturn().getResponse().getContentAsByteArray();

        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF" + String.join(",", InitiativeCsv.COLUMNS) + "\r\n");
        assertThat(text).contains("7,우리 알뜰폰,\"Woori budget plan, \"\"KT\"\"\",PRODUCT,LAUNCHED,,2021,year,yes,from the annual report,"
                + ",,,,2021-09-01,day,,,,,,,woori-bank;kt,PROVIDER;PLATFORM,,\r\n");
    }
}
