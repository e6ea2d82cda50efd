package com.partnershiptracker.websupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestController;

import java.beans.PropertyEditorSupport;
import java.util.regex.Pattern;

/**
 * Reads the API's record ids as the description types them, whole numbers in ASCII digits: Spring would also read
 * {@code 0x10} and {@code #10} as 16, which a client (or a fuzzer) sending a value its schema does not allow should
 * learn is a 400. The pages keep Spring's reading.
 */
@ControllerAdvice(annotations = RestController.class)
class ApiRecordKeys {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,19}");

    @InitBinder
    void readIdsStrictly(WebDataBinder binder) {
        binder.registerCustomEditor(long.class, new StrictLong());
        binder.registerCustomEditor(Long.class, new StrictLong());
    }

    private static final class StrictLong extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (text == null || !WHOLE_NUMBER.matcher(text).matches()) {
                throw new IllegalArgumentException("not a whole number");
            }
            setValue(Long.parseLong(text));
        }
    }
}
