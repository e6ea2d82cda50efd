package com.partnershiptracker.websupport;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An edit form's fields as plain text, one entry per field, for comparing three states of a record:
 * when the form was opened, as another editor saved it, and as typed. Rows of a list read as one
 * value; empty rows are left out, so a blank row added for input changes nothing.
 */
public final class FormValues {

    /** A form of hundreds of rows still fits; anything larger sent back is not ours and is ignored. */
    private static final int MAX_ENCODED_LENGTH = 200_000;
    private static final Set<String> BOOKKEEPING = Set.of("class", "version", "opened", "takeTheirs", "draft");

    private final Map<String, String> values;

    private FormValues(Map<String, String> values) {
        this.values = values;
    }

    public static FormValues of(Object form) {
        BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(form);
        Map<String, String> values = new LinkedHashMap<>();
        for (String property : comparedProperties(form.getClass())) {
            Object value = wrapper.getPropertyValue(property);
            if (isComparable(value)) {
                values.put(property, text(value));
            }
        }
        return new FormValues(values);
    }

    /** The form's fields in the order the class declares them, as the form shows them. */
    static List<String> comparedProperties(Class<?> formClass) {
        BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(org.springframework.beans.BeanUtils.instantiateClass(formClass));
        List<String> properties = new ArrayList<>();
        for (java.lang.reflect.Field field : formClass.getDeclaredFields()) {
            if (!java.lang.reflect.Modifier.isStatic(field.getModifiers()) && isComparedProperty(wrapper, field.getName())) {
                properties.add(field.getName());
            }
        }
        return properties;
    }

    /** The values a form sent back as its opened state; empty when there were none or they are not readable. */
    public static FormValues decode(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty() || encoded.length() > MAX_ENCODED_LENGTH) {
            return new FormValues(values);
        }
        try {
            for (String pair : encoded.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        } catch (IllegalArgumentException unreadable) {
            values.clear();
        }
        return new FormValues(values);
    }

    static boolean isComparedProperty(BeanWrapper form, String property) {
        return !BOOKKEEPING.contains(property) && form.isReadableProperty(property) && form.isWritableProperty(property);
    }

    public String encode() {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public List<String> properties() {
        return new ArrayList<>(values.keySet());
    }

    /** The field's text, or null when this state does not know the field. */
    public String get(String property) {
        return values.get(property);
    }

    private static boolean isComparable(Object value) {
        return value == null || value instanceof CharSequence || value instanceof Enum<?> || value instanceof Boolean
                || value instanceof Number || value instanceof PartialDateField || value instanceof List<?>;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof List<?> rows) {
            return rows.stream().filter(Objects::nonNull).map(FormValues::rowText).filter(row -> !row.isEmpty())
                    .collect(Collectors.joining("; "));
        }
        return value.toString().strip();
    }

    private static String rowText(Object row) {
        if (row instanceof CharSequence || row instanceof Enum<?> || row instanceof Number) {
            return text(row);
        }
        BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(row);
        List<String> parts = new ArrayList<>();
        boolean anyText = false;
        for (String property : comparedProperties(row.getClass())) {
            {
                Object value = wrapper.getPropertyValue(property);
                String part = text(value);
                if (!part.isEmpty()) {
                    parts.add(part);
                    anyText |= value instanceof CharSequence;
                }
            }
        }
        // A row holding only its default role and no reference is an empty row.
        return anyText ? String.join(" · ", parts) : "";
    }
}
