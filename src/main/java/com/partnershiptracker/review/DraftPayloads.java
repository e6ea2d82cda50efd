package com.partnershiptracker.review;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Forms as JSON and back, by their fields: a form's derived getters (its checks across fields) are not data,
 * and a field a later version of the form no longer has is ignored rather than losing the draft.
 */
@Component
class DraftPayloads {

    private final JsonMapper json = JsonMapper.builder()
            .changeDefaultVisibility(visibility -> visibility.withFieldVisibility(Visibility.ANY)
                    .withGetterVisibility(Visibility.NONE).withIsGetterVisibility(Visibility.NONE)
                    .withSetterVisibility(Visibility.NONE))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    String write(Object form) {
        String text = json.writeValueAsString(form);
        if (text.length() > Draft.PAYLOAD_MAX_LENGTH) {
            throw new IllegalArgumentException("validation.draftTooLarge");
        }
        return text;
    }

    <F> F read(String payload, Class<F> type) {
        return json.readValue(payload, type);
    }
}
