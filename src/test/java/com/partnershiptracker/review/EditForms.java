package com.partnershiptracker.review;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.LinkedHashMap;
import java.util.Map;

/** The fields an admin edit page's form would post as it stands, read from the page as a browser would. */
final class EditForms {

    private EditForms() {
    }

    /** The fields of the page's form that carries the record's version; the CSRF token is left to the session. */
    static Map<String, String> fieldsOf(String page) {
        Element form = Jsoup.parse(page).select("main form[method=post]").stream()
                .filter(candidate -> !candidate.select("input[name=version]").isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("No edit form on the page"));
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element field : form.select("input[name], select[name], textarea[name]")) {
            String name = field.attr("name");
            if (name.equals("_csrf") || name.equals("addRow")) {
                continue;
            }
            switch (field.tagName()) {
                case "textarea" -> fields.put(name, field.wholeText().replaceFirst("^\n", ""));
                case "select" -> fields.put(name, field.select("option[selected]").stream().findFirst()
                        .map(option -> option.attr("value")).orElse(""));
                default -> {
                    String type = field.attr("type");
                    if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
                        continue;
                    }
                    if (!type.equals("submit")) {
                        fields.put(name, field.attr("value"));
                    }
                }
            }
        }
        return fields;
    }
}
