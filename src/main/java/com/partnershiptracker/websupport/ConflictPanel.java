package com.partnershiptracker.websupport;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A refused save, field by field: the value when the editor opened the form, what the other editor
 * saved since, and what this editor typed. Fields the other editor changed come first; fields
 * nobody changed are left out.
 */
public record ConflictPanel(boolean openedKnown, List<Row> rows) {

    public record Row(String property, String labelKey, String opened, String theirs, String yours,
                      boolean changedByThem, boolean changedByYou) {

        /** Both editors changed the field, to different values: the editor must choose. */
        public boolean isClash() {
            return changedByThem && changedByYou && !Objects.equals(theirs, yours);
        }
    }

    public static ConflictPanel of(EditForm yours, EditForm theirs, Display display) {
        FormValues opened = FormValues.decode(yours.getOpened());
        FormValues theirValues = FormValues.of(theirs);
        FormValues yourValues = FormValues.of(yours);
        Labels labels = new Labels(theirs.getClass(), display);
        List<Row> rows = new ArrayList<>();
        for (String property : theirValues.properties()) {
            String before = opened.get(property);
            String their = theirValues.get(property);
            String your = yourValues.get(property);
            boolean changedByThem = before == null ? !Objects.equals(their, your) : !Objects.equals(before, their);
            boolean changedByYou = before != null && !Objects.equals(before, your);
            if (changedByThem || changedByYou) {
                rows.add(new Row(property, labels.keyOf(property), before == null ? null : labels.show(property, before),
                        labels.show(property, their), labels.show(property, your), changedByThem, changedByYou));
            }
        }
        rows.sort(Comparator.comparing(row -> !row.changedByThem()));
        return new ConflictPanel(!opened.isEmpty(), rows);
    }

    /** Field labels from {@link FieldLabel}, and enum constants shown by their labels rather than their names. */
    private static final class Labels {

        private final Map<String, String> keys = new HashMap<>();
        private final Map<String, List<Class<? extends Enum<?>>>> enums = new HashMap<>();
        private final Display display;

        Labels(Class<?> formClass, Display display) {
            this.display = display;
            for (Class<?> type = formClass; type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    FieldLabel label = field.getAnnotation(FieldLabel.class);
                    keys.put(field.getName(), label != null ? label.value() : "form." + field.getName());
                    enums.put(field.getName(), enumTypesOf(field));
                }
            }
        }

        String keyOf(String property) {
            return keys.getOrDefault(property, "form." + property);
        }

        String show(String property, String text) {
            List<Class<? extends Enum<?>>> types = enums.getOrDefault(property, List.of());
            if (types.isEmpty() || text.isEmpty()) {
                return text;
            }
            List<String> rows = new ArrayList<>();
            for (String row : text.split("; ", -1)) {
                List<String> parts = new ArrayList<>();
                for (String part : row.split(" · ", -1)) {
                    parts.add(label(types, part));
                }
                rows.add(String.join(" · ", parts));
            }
            return String.join("; ", rows);
        }

        private String label(List<Class<? extends Enum<?>>> types, String part) {
            for (Class<? extends Enum<?>> type : types) {
                for (Enum<?> constant : type.getEnumConstants()) {
                    if (constant.name().equals(part)) {
                        return display.label(constant);
                    }
                }
            }
            return part;
        }

        @SuppressWarnings("unchecked")
        private static List<Class<? extends Enum<?>>> enumTypesOf(Field field) {
            List<Class<? extends Enum<?>>> types = new ArrayList<>();
            if (field.getType().isEnum()) {
                types.add((Class<? extends Enum<?>>) field.getType());
            } else if (List.class.isAssignableFrom(field.getType()) && field.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> rowType) {
                for (Field rowField : rowType.getDeclaredFields()) {
                    if (rowField.getType().isEnum()) {
                        types.add((Class<? extends Enum<?>>) rowField.getType());
                    }
                }
            }
            return types;
        }
    }
}
