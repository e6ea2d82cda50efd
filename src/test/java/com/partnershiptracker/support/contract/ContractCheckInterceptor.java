package com.partnershiptracker.support.contract;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.WebUtils;

/**
 * Reaches the API answers of a MockMvc that a test built by hand (MockMvcBuilders.webAppContextSetup
 * adds no filters): after the handler and its exception handling are done, the mock response holds the
 * whole body, and {@link ContractCheckFilter} checks it. Answers the filter saw are left to it.
 */
final class ContractCheckInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final ContractCheckFilter check;

    ContractCheckInterceptor(ContractCheckFilter check) {
        this.check = check;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/**");
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        MockHttpServletResponse mock = WebUtils.getNativeResponse(response, MockHttpServletResponse.class);
        if (mock != null) {
            check.checkWithoutTheFilter(request, mock);
        }
    }
}
