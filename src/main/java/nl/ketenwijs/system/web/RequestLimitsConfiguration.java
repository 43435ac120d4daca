package nl.ketenwijs.system.web;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** Limits that protect every instance before any request reaches the application. */
@Configuration(proxyBeanMethods = false)
class RequestLimitsConfiguration {

    /** First of all filters, before the session and security filters read anything of the request. */
    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(
            @Value("${ketenwijs.web.max-form-size:1MB}") DataSize maxForm,
            @Value("${spring.servlet.multipart.max-request-size}") DataSize maxMultipart) {
        FilterRegistrationBean<RequestSizeLimit> registration =
                new FilterRegistrationBean<>(new RequestSizeLimit(maxForm, maxMultipart));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Only the public API without a token is limited; signed-in use is bounded by its accounts. */
    @Bean
    FilterRegistrationBean<PublicApiRateLimit> publicApiRateLimit(
            @Value("${ketenwijs.public-api.requests-per-minute:60}") int requestsPerMinute, Clock clock) {
        FilterRegistrationBean<PublicApiRateLimit> registration =
                new FilterRegistrationBean<>(new PublicApiRateLimit(requestsPerMinute, clock));
        registration.addUrlPatterns("/api/v1/risk-profiles");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
