package nl.ketenwijs.system.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Staff choose Dutch or English with ?lang=; the choice is remembered in a cookie. The public complaint
 * portal has languages of its own, remembered only for the visit (see {@link PortalLocaleResolver}).
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final List<Locale> STAFF_LANGUAGES = List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver staff = new CookieLocaleResolver("ketenwijs-lang");
        staff.setDefaultLocale(Locale.forLanguageTag("nl"));
        staff.setCookieMaxAge(Duration.ofDays(365));
        staff.setCookieSameSite("Lax");
        return new PortalLocaleResolver(staff);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
