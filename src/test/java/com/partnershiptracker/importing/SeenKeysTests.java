package com.partnershiptracker.importing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeenKeysTests {

    private final SeenKeys seen = new SeenKeys();

    @Test
    void aLaterRowWithTheSameKeyIsAnErrorNamingTheFirstRow() {
        seen.requireFirst("#7", row(3), "id");
        seen.requireFirst("#8", row(4), "id");

        assertThatThrownBy(() -> seen.requireFirst("#7", row(9), "title_ko"))
                .isInstanceOfSatisfying(RowProblem.class, problem -> assertThat(problem.error())
                        .isEqualTo(RowError.in("title_ko", "import.error.duplicateInFile", 3L)));
    }

    @Test
    void theFirstRowStaysTheOneNamedAfterARefusedRepeat() {
        seen.requireFirst("slug:a", row(1), "slug");
        assertThatThrownBy(() -> seen.requireFirst("slug:a", row(2), "slug")).isInstanceOf(RowProblem.class);

        assertThatThrownBy(() -> seen.requireFirst("slug:a", row(5), "slug"))
                .isInstanceOfSatisfying(RowProblem.class, problem -> assertThat(problem.error().arguments())
                        .containsExactly(1L));
        assertThatCode(() -> seen.requireFirst("slug:b", row(6), "slug")).doesNotThrowAnyException();
    }

    private static ImportRow row(long number) {
        return new ImportRow(number, List.of(), Map.of());
    }
}
