package com.partnershiptracker.websupport;

import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resource chain stays off although springdoc puts a webjars locator on the classpath: with it on,
 * every link a template renders is resolved against the jars, most of a page's CPU on a cache miss.
 */
@SeededWebTest
class ResourceChainOffTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    ResourceUrlProvider resourceUrls;

    @Test
    void noFilterRewritesTheLinksOfRenderedPages() {
        assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
    }

    @Test
    void noStaticResourceHandlerResolvesThroughAChain() {
        assertThat(resourceUrls.getHandlerMap()).isNotEmpty();
        resourceUrls.getHandlerMap().forEach((pattern, handler) ->
                assertThat(handler.getResourceResolvers())
                        .as("resolvers of %s", pattern)
                        .noneMatch(resolver -> resolver instanceof VersionResourceResolver
                                || resolver.getClass().getSimpleName().contains("Caching")
                                || resolver.getClass().getSimpleName().contains("WebJars")));
    }
}
