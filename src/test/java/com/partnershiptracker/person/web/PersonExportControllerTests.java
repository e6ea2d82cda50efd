package com.partnershiptracker.person.web;

import com.partnershiptracker.export.CsvDownloads;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.person.Person;
import com.partnershiptracker.person.PersonService;
import com.partnershiptracker.person.Position;
import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(PersonExportController.class)
@Import({SliceSecurity.class, CsvDownloads.class})
class PersonExportControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PersonService people;

    @Test
    void writesARowPerPositionWithThePersonRepeatedAndOneBlankPositionRowForAPersonWithoutPositions() throws Exception {
        Person hong = withId(new Person("hong-gildong", Bilingual.of("홍길동", "Hong, Gil-dong")), 3L);
        hong.replaceAliases(List.of("Gildong", "GD"));
        hong.recordBirthYear(1960);
        Person lee = withId(new Person("lee-younghee", Bilingual.of("이영희", null)), 4L);
        Organization bank = withId(new Organization("alpha-bank", Bilingual.of("알파은행", "Alpha Bank"), OrganizationKind.BANK), 9L);
        Position ceo = withId(new Position(hong, bank, Bilingual.of("행장", "CEO")), 11L);
        ceo.heldDuring(PartialDate.ofMonth(2020, 3).inferred("month of the AGM"), null);
        Position director = withId(new Position(hong, bank, Bilingual.of("이사", null)), 12L);
        given(people.allWithAliases()).willReturn(List.of(hong, lee));
        given(people.allPositions()).willReturn(List.of(ceo, director));

        byte[] body = mvc.perform(get("/people.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("people.csv")))
                .andReturn().getResponse().getContentAsByteArray();

        List<String> lines = new String(body, StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,slug,name_ko,name_en,aliases,birth_year,wikidata_id,position_id,organization,"
                + "title_ko,title_en,started,started_precision,started_inferred,started_note,ended,ended_precision,ended_inferred,ended_note");
        assertThat(lines.subList(1, 4)).containsExactly(
                "3,hong-gildong,홍길동,\"Hong, Gil-dong\",Gildong; GD,1960,,11,alpha-bank,행장,CEO,2020-03,month,yes,month of the AGM,,,,",
                "3,hong-gildong,홍길동,\"Hong, Gil-dong\",Gildong; GD,1960,,12,alpha-bank,이사,,,,,,,,,",
                "4,lee-younghee,이영희,,,,,,,,,,,,,,,,");
    }

    private static <T> T withId(T entity, long id) {
        ReflectionTestUtils.setField(entity, "id", id);
        return entity;
    }
}
