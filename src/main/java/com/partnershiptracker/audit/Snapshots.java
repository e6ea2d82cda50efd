package com.partnershiptracker.audit;

import com.partnershiptracker.shared.BaseEntity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import org.hibernate.Hibernate;
import org.hibernate.proxy.HibernateProxy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and copies the persistent state of audited records by reflection, so one history page and
 * one restore serve every kind of record. Identity and version are never shown as changes and
 * never copied.
 */
final class Snapshots {

    private Snapshots() {
    }

    /** Field name to its value, in declaration order. Records referred to are not loaded, only named by id. */
    static Map<String, HistoryValue> describe(Object entity) {
        Map<String, HistoryValue> values = new LinkedHashMap<>();
        if (entity == null) {
            return values;
        }
        for (Field field : stateFields(Hibernate.getClass(entity))) {
            values.put(field.getName(), format(read(field, entity)));
        }
        return values;
    }

    /** Copies every field of the historical version onto the current, managed record. */
    static void copy(Object historical, Object current, EntityManager entityManager) {
        for (Field field : stateFields(Hibernate.getClass(current))) {
            Object value = read(field, historical);
            if (value instanceof Collection<?> elements) {
                @SuppressWarnings("unchecked")
                Collection<Object> target = (Collection<Object>) read(field, current);
                target.clear();
                elements.forEach(element -> target.add(materialize(element, entityManager)));
            } else {
                write(field, current, materialize(value, entityManager));
            }
        }
    }

    /**
     * What keeps the historical version from being copied onto the current record: a record it
     * refers to that was deleted since, and a unique value (such as a slug) that another record
     * holds now.
     */
    static List<RestoreBlocker> blockers(Object historical, Object current, EntityManager entityManager) {
        List<RestoreBlocker> blockers = new ArrayList<>();
        Class<?> type = Hibernate.getClass(current);
        Long id = ((BaseEntity) current).getId();
        for (Field field : stateFields(type)) {
            Object value = read(field, historical);
            if (value instanceof Collection<?> elements) {
                elements.forEach(element -> addMissingReferences(field.getName(), element, entityManager, blockers));
            } else {
                addMissingReferences(field.getName(), value, entityManager, blockers);
            }
            Column column = field.getAnnotation(Column.class);
            if (column != null && column.unique() && value != null) {
                entityManager.createQuery("select e.id from " + type.getSimpleName() + " e where e." + field.getName()
                                + " = :value and e.id <> :id", Long.class)
                        .setParameter("value", value).setParameter("id", id).setMaxResults(1)
                        .getResultList()
                        .forEach(holder -> blockers.add(RestoreBlocker.because("restore.blocked.taken",
                                field.getName() + " " + value, type, holder)));
            }
        }
        return blockers;
    }

    private static void addMissingReferences(String fieldName, Object value, EntityManager entityManager,
                                             List<RestoreBlocker> into) {
        if (value == null) {
            return;
        }
        Class<?> type = entityClass(value);
        if (type.isAnnotationPresent(Entity.class)) {
            Object id = entityId(value);
            if (entityManager.find(type, id) == null) {
                into.add(RestoreBlocker.because("restore.blocked.deleted", fieldName, type, (Long) id));
            }
        } else if (type.isAnnotationPresent(Embeddable.class) && !(value instanceof PartialDate)) {
            for (Field field : stateFields(type)) {
                addMissingReferences(fieldName, read(field, value), entityManager, into);
            }
        }
    }

    /** The entity class of a value, without loading it when it is a proxy (it may point at a record gone since). */
    private static Class<?> entityClass(Object value) {
        return value instanceof HibernateProxy proxy ? proxy.getHibernateLazyInitializer().getPersistentClass()
                : value.getClass();
    }

    private static Object entityId(Object entity) {
        return entity instanceof HibernateProxy proxy ? proxy.getHibernateLazyInitializer().getIdentifier()
                : ((BaseEntity) entity).getId();
    }

    /** The id of a record referred to, without loading it. */
    static Long referencedId(Object entity) {
        return entity == null ? null : (Long) entityId(entity);
    }

    private static Object materialize(Object value, EntityManager entityManager) {
        if (value == null) {
            return null;
        }
        Class<?> type = entityClass(value);
        if (type.isAnnotationPresent(Entity.class)) {
            return entityManager.getReference(type, entityId(value));
        }
        if (type.isAnnotationPresent(Embeddable.class) && !(value instanceof PartialDate)) {
            try {
                var constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                Object copy = constructor.newInstance();
                for (Field field : stateFields(type)) {
                    write(field, copy, materialize(read(field, value), entityManager));
                }
                return copy;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot copy " + type.getSimpleName(), e);
            }
        }
        return value;
    }

    private static HistoryValue format(Object value) {
        if (value == null) {
            return HistoryValue.NONE;
        }
        if (value instanceof PartialDate date) {
            return new HistoryValue.Date(date);
        }
        if (value instanceof Collection<?> elements) {
            return elements.isEmpty() ? HistoryValue.NONE
                    : new HistoryValue.Items(elements.stream().map(Snapshots::format).toList());
        }
        if (value instanceof Enum<?> choice) {
            return new HistoryValue.Label(choice);
        }
        if (value instanceof BigDecimal amount) {
            return new HistoryValue.Amount(amount);
        }
        Class<?> type = entityClass(value);
        if (type.isAnnotationPresent(Entity.class)) {
            Long id = referencedId(value);
            return RecordNames.kindOf(type).<HistoryValue>map(kind -> new HistoryValue.Reference(new RecordKey(kind, id)))
                    .orElseGet(() -> new HistoryValue.Text("#" + id));
        }
        if (type.isAnnotationPresent(Embeddable.class)) {
            return embedded(type, value);
        }
        return new HistoryValue.Text(value.toString());
    }

    /** An embedded value: a text in two languages ({@code labelKo}, {@code labelEn}), or its parts. */
    private static HistoryValue embedded(Class<?> type, Object value) {
        List<Field> fields = stateFields(type);
        if (fields.size() == 2 && fields.get(0).getName().endsWith("Ko") && fields.get(1).getName().endsWith("En")) {
            Bilingual words = Bilingual.of((String) read(fields.get(0), value), (String) read(fields.get(1), value));
            return words.isEmpty() ? HistoryValue.NONE : new HistoryValue.Words(words);
        }
        return new HistoryValue.Composite(fields.stream().map(field -> format(read(field, value))).toList());
    }

    private static List<Field> stateFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class && c != BaseEntity.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static Object read(Field field, Object target) {
        try {
            return field.get(Hibernate.unproxy(target));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Field field, Object target, Object value) {
        try {
            field.set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
