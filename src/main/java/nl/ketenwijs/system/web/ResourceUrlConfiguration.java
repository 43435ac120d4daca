package nl.ketenwijs.system.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * No resource URL rewriting. The webjars locator (for version-free /webjars paths) switches on Spring's
 * resource chain, and with it a filter that asks, for every link a page builds, whether it is a static
 * file, a look-up in the application jar that holds a lock: a register page with a hundred links then
 * waits on the jar under load. The filter only serves content-hashed file names, which Ketenwijs does not
 * use; a disabled registration of our own keeps Spring Boot from adding it.
 */
@Configuration(proxyBeanMethods = false)
class ResourceUrlConfiguration {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncoding() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
