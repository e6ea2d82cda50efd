package com.partnershiptracker.websupport;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;
import java.util.regex.Pattern;

/**
 * Removes control characters (NUL and the like, but not tabs or line breaks) from every bound
 * text. PostgreSQL refuses NUL in text, so without this a stray byte in a form would fail the
 * save instead of being harmless.
 */
@ControllerAdvice(annotations = Controller.class)
class FormInputCleaning {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    @InitBinder
    void cleanText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text == null ? null : CONTROL.matcher(text).replaceAll(""));
            }
        });
    }

    static String clean(String text) {
        return text == null ? null : CONTROL.matcher(text).replaceAll("");
    }
}
