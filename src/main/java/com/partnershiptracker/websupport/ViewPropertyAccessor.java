package com.partnershiptracker.websupport;

import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the properties of this app's own objects in templates ({@code ${entry.title}}): a getter
 * ({@code getTitle()}, {@code isConflicting()}) or a record's accessor ({@code title()}), looked
 * up once per class and property and kept as a method handle.
 * <p>
 * Why: Spring Framework 7.0's SpEL never reuses the accessor it caches for a reflective read
 * (spring-framework#36987, fixed in 7.1), so each read in a template asked Thymeleaf's reflective
 * accessor whether it could read, and built a new accessor to read with: a sixth of a page's CPU
 * on a cache miss. SpEL keeps an accessor that is not a reflective one and reuses it while the
 * evaluation context lists it, and {@link ViewPropertyDialect} lists this one in every context.
 * Only classes of this app are read here; any other object is left to Thymeleaf's accessor, and
 * its restrictions.
 */
final class ViewPropertyAccessor implements PropertyAccessor {

    static final ViewPropertyAccessor INSTANCE = new ViewPropertyAccessor();

    private static final String APP_PACKAGE = "com.partnershiptracker.";
    private static final MethodType READER = MethodType.methodType(Object.class, Object.class);

    private final ClassValue<Map<String, Optional<MethodHandle>>> readers = new ClassValue<>() {
        @Override
        protected Map<String, Optional<MethodHandle>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private ViewPropertyAccessor() {
    }

    @Override
    public Class<?>[] getSpecificTargetClasses() {
        return null;
    }

    @Override
    public boolean canRead(EvaluationContext context, Object target, String name) {
        return reader(target, name).isPresent();
    }

    @Override
    public TypedValue read(EvaluationContext context, Object target, String name) throws AccessException {
        MethodHandle reader = reader(target, name)
                .orElseThrow(() -> new AccessException("No property '" + name + "' on " + (target == null ? null : target.getClass())));
        try {
            return new TypedValue(reader.invokeExact(target));
        } catch (Throwable failure) {
            throw new AccessException("Reading property '" + name + "' failed", failure instanceof Exception e ? e : new RuntimeException(failure));
        }
    }

    @Override
    public boolean canWrite(EvaluationContext context, Object target, String name) {
        return false;
    }

    @Override
    public void write(EvaluationContext context, Object target, String name, Object newValue) throws AccessException {
        throw new AccessException("Templates do not write properties");
    }

    private Optional<MethodHandle> reader(Object target, String name) {
        if (target == null || !target.getClass().getName().startsWith(APP_PACKAGE) || name.isEmpty()) {
            return Optional.empty();
        }
        Class<?> type = target.getClass();
        Map<String, Optional<MethodHandle>> ofType = readers.get(type);
        // get first: computeIfAbsent locks the key's bin when the key is not its first entry, and 32 renders read the same properties.
        Optional<MethodHandle> reader = ofType.get(name);
        return reader != null ? reader : ofType.computeIfAbsent(name, property -> find(type, property));
    }

    /** The getter SpEL would have chosen: getX(), then isX() for a boolean, then the record-style x(). */
    private static Optional<MethodHandle> find(Class<?> type, String name) {
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return method(type, "get" + capitalized)
                .or(() -> method(type, "is" + capitalized).filter(m -> m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class))
                .or(() -> method(type, name))
                .map(ViewPropertyAccessor::handle);
    }

    private static Optional<Method> method(Class<?> type, String name) {
        try {
            Method method = type.getMethod(name);
            boolean readable = method.getReturnType() != void.class && !Modifier.isStatic(method.getModifiers())
                    && method.getDeclaringClass() != Object.class;
            return readable ? Optional.of(method) : Optional.empty();
        } catch (NoSuchMethodException none) {
            return Optional.empty();
        }
    }

    private static MethodHandle handle(Method method) {
        try {
            // The records of a web package are package-private; their accessors are public all the same.
            method.setAccessible(true);
            return MethodHandles.lookup().unreflect(method).asType(READER);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new IllegalStateException("Cannot read " + method, e);
        }
    }
}
