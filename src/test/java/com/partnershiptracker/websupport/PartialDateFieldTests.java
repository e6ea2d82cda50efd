package com.partnershiptracker.websupport;

import com.partnershiptracker.shared.PartialDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartialDateFieldTests {

    @Test
    void readsBackTheDateItWasMadeFromWithItsFlagAndNote() {
        PartialDate date = PartialDate.ofMonth(2020, 7).inferred("from the article's date");

        PartialDate read = PartialDateField.from(date).toPartialDate();

        assertThat(read).isEqualTo(date);
    }

    @Test
    void aBlankFieldIsNoDate() {
        assertThat(PartialDateField.from(null).toPartialDate()).isNull();
        assertThat(PartialDateField.from(null).isBlank()).isTrue();
    }

    @Test
    void theOrderCheckComparesTheDatesAloneEvenWhenANoteIsTooLong() {
        PartialDateField started = field("2021", "x".repeat(PartialDate.NOTE_MAX_LENGTH + 1));
        PartialDateField ended = field("2020.05", null);

        assertThat(PartialDateField.inOrder(started, ended)).isFalse();
        assertThat(PartialDateField.inOrder(ended, started)).isTrue();
        assertThat(PartialDateField.inOrder(field("not a date", null), ended)).isTrue();
    }

    private static PartialDateField field(String text, String note) {
        PartialDateField field = new PartialDateField();
        field.setText(text);
        field.setNote(note);
        return field;
    }
}
