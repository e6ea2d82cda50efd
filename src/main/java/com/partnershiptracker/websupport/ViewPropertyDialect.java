package com.partnershiptracker.websupport;

import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPreProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.preprocessor.IPreProcessor;
import org.thymeleaf.preprocessor.PreProcessor;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Puts {@link ViewPropertyAccessor} first in the SpEL evaluation context that Thymeleaf makes for
 * each page it renders. Thymeleaf makes that context inside the view, with no hook of its own; a
 * pre-processor is handed the template's context, which holds it, before any expression runs.
 * Spring Boot adds every dialect bean to the template engine.
 */
@Component
class ViewPropertyDialect extends AbstractDialect implements IPreProcessorDialect {

    ViewPropertyDialect() {
        super("view-properties");
    }

    @Override
    public int getDialectPreProcessorPrecedence() {
        return 0;
    }

    @Override
    public Set<IPreProcessor> getPreProcessors() {
        return Set.of(new PreProcessor(TemplateMode.HTML, AccessorInstaller.class, 0));
    }

    /** Passes every event on unchanged; only looks at the context it is given. */
    public static final class AccessorInstaller extends AbstractTemplateHandler {

        @Override
        public void setContext(ITemplateContext context) {
            super.setContext(context);
            install(context.getVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME));
        }
    }

    static void install(Object evaluationContext) {
        if (evaluationContext instanceof ThymeleafEvaluationContext context) {
            List<PropertyAccessor> accessors = context.getPropertyAccessors();
            if (accessors.isEmpty() || accessors.get(0) != ViewPropertyAccessor.INSTANCE) {
                List<PropertyAccessor> first = new ArrayList<>(accessors.size() + 1);
                first.add(ViewPropertyAccessor.INSTANCE);
                accessors.stream().filter(accessor -> accessor != ViewPropertyAccessor.INSTANCE).forEach(first::add);
                context.setPropertyAccessors(first);
            }
        }
    }
}
