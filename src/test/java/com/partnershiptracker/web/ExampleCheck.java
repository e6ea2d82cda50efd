package com.partnershiptracker.web;

import java.util.List;
import java.util.Map;

/**
 * Checks a JSON value (as maps and lists) against an OpenAPI 3.0 schema of the description, far enough for its
 * examples: references, allOf, anyOf, nullable, required properties, no undescribed property, types and enums.
 */
@SuppressWarnings("unchecked")
record ExampleCheck(Map<String, Object> schemas, List<String> mismatches) {

    void check(Object value, Map<String, Object> schema, String where) {
        boolean nullable = Boolean.TRUE.equals(schema.get("nullable"));
        if (schema.get("allOf") != null) {
            if (value == null) {
                expect(nullable, where + " is null but not nullable");
                return;
            }
            ((List<Map<String, Object>>) schema.get("allOf")).forEach(member -> check(value, member, where));
            return;
        }
        if (schema.get("anyOf") != null) {
            boolean matched = ((List<Map<String, Object>>) schema.get("anyOf")).stream().anyMatch(choice -> {
                ExampleCheck alone = new ExampleCheck(schemas, new java.util.ArrayList<>());
                alone.check(value, choice, where);
                return alone.mismatches().isEmpty();
            });
            expect(matched, where + " = " + value + " matches none of its choices");
            return;
        }
        Map<String, Object> resolved = resolve(schema);
        if (value == null) {
            expect(nullable || Boolean.TRUE.equals(resolved.get("nullable")), where + " is null but not nullable");
            return;
        }
        if (resolved.get("enum") != null) {
            expect(((List<Object>) resolved.get("enum")).contains(value), where + " = " + value + " is not among its values");
        }
        String type = (String) resolved.get("type");
        if (resolved.get("properties") != null) {
            expect(value instanceof Map, where + " is not an object");
            if (value instanceof Map<?, ?> object) {
                Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) resolved.get("properties");
                object.forEach((name, inner) -> {
                    expect(properties.containsKey(name), where + "." + name + " is not described");
                    if (properties.containsKey(name)) {
                        check(inner, properties.get(name), where + "." + name);
                    }
                });
                ((List<String>) resolved.getOrDefault("required", List.of()))
                        .forEach(name -> expect(object.containsKey(name), where + "." + name + " is missing"));
            }
        } else if ("array".equals(type)) {
            expect(value instanceof List, where + " is not an array");
            if (value instanceof List<?> items) {
                items.forEach(item -> check(item, (Map<String, Object>) resolved.get("items"), where + "[]"));
            }
        } else if ("integer".equals(type)) {
            expect(value instanceof Integer || value instanceof Long, where + " is not an integer");
        } else if ("number".equals(type)) {
            expect(value instanceof Number, where + " is not a number");
        } else if ("string".equals(type)) {
            expect(value instanceof String, where + " is not a string");
        } else if ("boolean".equals(type)) {
            expect(value instanceof Boolean, where + " is not a boolean");
        }
    }

    private Map<String, Object> resolve(Map<String, Object> schema) {
        Map<String, Object> resolved = schema;
        while (resolved.get("$ref") != null) {
            String name = ((String) resolved.get("$ref")).substring("#/components/schemas/".length());
            resolved = (Map<String, Object>) schemas.get(name);
        }
        return resolved;
    }

    private void expect(boolean holds, String mismatch) {
        if (!holds) {
            mismatches.add(mismatch);
        }
    }
}
