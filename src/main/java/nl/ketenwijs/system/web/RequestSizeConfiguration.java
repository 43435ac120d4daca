package nl.ketenwijs.system.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class RequestSizeConfiguration {

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
}
