package com.partnershiptracker.source;

import com.partnershiptracker.shared.FactKind;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CitedAttributeTests {

    @Test
    void anAgreementCanBeCitedForItsTitleEachDatePartiesAndPlaceButNotForAnotherKindsAttributes() {
        assertThat(CitedAttribute.of(FactKind.AGREEMENT))
                .contains(CitedAttribute.TITLE, CitedAttribute.ANNOUNCED, CitedAttribute.SIGNED, CitedAttribute.EFFECTIVE,
                        CitedAttribute.ENDED, CitedAttribute.PARTIES, CitedAttribute.PLACE)
                .doesNotContain(CitedAttribute.LAUNCHED, CitedAttribute.VALUE, CitedAttribute.BIRTH_YEAR);
    }

    @Test
    void aMetricCanBeCitedForItsValueAndDates() {
        assertThat(CitedAttribute.of(FactKind.METRIC))
                .contains(CitedAttribute.VALUE, CitedAttribute.AS_OF, CitedAttribute.TARGET)
                .doesNotContain(CitedAttribute.TITLE);
    }

    @Test
    void everyKindOfFactHasAttributesToCite() {
        assertThat(FactKind.values()).allSatisfy(kind -> assertThat(CitedAttribute.of(kind)).isNotEmpty());
    }

    @Test
    void onlyTheAttributesThatAreDatesReadAsDates() {
        assertThat(CitedAttribute.SIGNED.isDate()).isTrue();
        assertThat(CitedAttribute.AS_OF.isDate()).isTrue();
        assertThat(CitedAttribute.PLACE.isDate()).isFalse();
        assertThat(CitedAttribute.VALUE.isDate()).isFalse();
    }

    @Test
    void aNameSavedBeforeTheListExistedIsNoAttribute() {
        assertThat(CitedAttribute.parse("SIGNED")).contains(CitedAttribute.SIGNED);
        assertThat(CitedAttribute.parse("signed")).isEmpty();
        assertThat(CitedAttribute.parse("the date")).isEmpty();
        assertThat(CitedAttribute.parse(null)).isEmpty();
    }

    @Test
    void attributesAreStoredInTheListsOrderOnceEachAndNoneAsNull() {
        assertThat(CitedAttributes.write(List.of(CitedAttribute.PLACE, CitedAttribute.SIGNED, CitedAttribute.PARTIES, CitedAttribute.SIGNED)))
                .isEqualTo("PARTIES,PLACE,SIGNED");
        assertThat(CitedAttributes.write(List.of())).isNull();
        assertThat(CitedAttributes.write(null)).isNull();
    }

    @Test
    void storedAttributesReadBackAndUnknownNamesAreDropped() {
        assertThat(CitedAttributes.read("PARTIES,PLACE,SIGNED"))
                .containsExactly(CitedAttribute.PARTIES, CitedAttribute.PLACE, CitedAttribute.SIGNED);
        assertThat(CitedAttributes.read("SIGNED,NO_SUCH_ATTRIBUTE,TITLE")).containsExactly(CitedAttribute.TITLE, CitedAttribute.SIGNED);
        assertThat(CitedAttributes.read(null)).isEmpty();
        assertThat(CitedAttributes.read(" ")).isEmpty();
    }

    @Test
    void everyAttributeFitsTheColumnEvenAllAtOnce() {
        assertThat(CitedAttributes.write(Arrays.asList(CitedAttribute.values())).length())
                .isLessThanOrEqualTo(CitedAttributes.COLUMN_LENGTH);
    }
}
