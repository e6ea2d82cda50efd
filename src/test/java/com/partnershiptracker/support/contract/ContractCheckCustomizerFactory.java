package com.partnershiptracker.support.contract;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.web.context.WebApplicationContext;

import java.util.List;

/**
 * Adds the {@link ContractCheckFilter} to every web application a test starts, and the
 * {@link ContractCheckInterceptor} for MockMvc instances built without filters (listed in
 * META-INF/spring.factories). Every customizer is equal to every other, so contexts are cached as before.
 */
public class ContractCheckCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new AddContractCheck();
    }

    private static final class AddContractCheck implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            if (!(context instanceof WebApplicationContext)) {
                return;
            }
            ContractCheckFilter check = new ContractCheckFilter(context);
            FilterRegistrationBean<ContractCheckFilter> registration = new FilterRegistrationBean<>(check);
            // Every path, because the body of an error page is written on a dispatch to /error.
            registration.addUrlPatterns("/*");
            registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            context.getBeanFactory().registerSingleton("apiContractCheck", registration);
            context.getBeanFactory().registerSingleton("apiContractCheckWithoutFilters", new ContractCheckInterceptor(check));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof AddContractCheck;
        }

        @Override
        public int hashCode() {
            return AddContractCheck.class.hashCode();
        }
    }
}
