package com.partnershiptracker.websupport;

import org.junit.jupiter.api.Test;
import org.springframework.expression.AccessException;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.context.support.StaticApplicationContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ViewPropertyAccessorTests {

    record Row(String title, boolean conflicting) {
    }

    static final class Bean {
        public String getName() {
            return "from the getter";
        }

        public String name() {
            return "from the plain method";
        }

        public boolean isShown() {
            return true;
        }

        public String isNotABoolean() {
            return "not read as a property";
        }
    }

    private final ViewPropertyAccessor accessor = ViewPropertyAccessor.INSTANCE;

    @Test
    void readsARecordsComponentsAndPrefersAGetterToAPlainMethodAsSpelDoes() throws AccessException {
        assertThat(accessor.read(null, new Row("제목", true), "title").getValue()).isEqualTo("제목");
        assertThat(accessor.read(null, new Row("제목", true), "conflicting").getValue()).isEqualTo(true);
        assertThat(accessor.read(null, new Bean(), "name").getValue()).isEqualTo("from the getter");
        assertThat(accessor.read(null, new Bean(), "shown").getValue()).isEqualTo(true);
        assertThat(accessor.canRead(null, new Bean(), "notABoolean")).isFalse();
    }

    @Test
    void leavesEveryObjectThatIsNotTheAppsAndWhatObjectDeclaresToThymeleafsOwnAccessor() {
        assertThat(accessor.canRead(null, "text", "bytes")).isFalse();
        assertThat(accessor.canRead(null, List.of(1), "empty")).isFalse();
        assertThat(accessor.canRead(null, new Row("t", false), "class")).isFalse();
        assertThat(accessor.canRead(null, new Row("t", false), "nothing")).isFalse();
        assertThat(accessor.canRead(null, null, "title")).isFalse();
        assertThatThrownBy(() -> accessor.read(null, "text", "bytes")).isInstanceOf(AccessException.class);
        assertThatThrownBy(() -> accessor.write(null, new Row("t", false), "title", "x")).isInstanceOf(AccessException.class);
    }

    @Test
    void comesFirstInThymeleafsEvaluationContextOnceHoweverOftenItIsInstalledAndReadsThroughIt() {
        StaticApplicationContext application = new StaticApplicationContext();
        application.refresh();
        ThymeleafEvaluationContext context = new ThymeleafEvaluationContext(application, null);
        int before = context.getPropertyAccessors().size();

        ViewPropertyDialect.install(context);
        ViewPropertyDialect.install(context);

        assertThat(context.getPropertyAccessors()).hasSize(before + 1).first().isSameAs(ViewPropertyAccessor.INSTANCE);
        Expression title = new SpelExpressionParser().parseExpression("title");
        for (String expected : List.of("첫째", "둘째")) {
            assertThat(title.getValue(context, new Row(expected, false))).isEqualTo(expected);
        }
    }
}
