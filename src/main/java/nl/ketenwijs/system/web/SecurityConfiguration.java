package nl.ketenwijs.system.web;

import java.util.function.Supplier;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.ApiTokens;
import nl.ketenwijs.organisation.LoginThrottle;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.SecondFactors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/** Secure by default: everything needs a login, except what a stranger must be able to reach. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** No inline script or style anywhere, and nothing from another origin. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Pages for people who cannot log in yet: invitation and password-reset links, "forgot password". */
    static final String[] ACCOUNT_LINKS = {"/invitation/*", "/password/forgot", "/password/reset/*"};

    /**
     * The complaint portal: people in production countries file and follow a complaint without an account.
     * Its forms still carry CSRF tokens, like every other form.
     */
    static final String[] COMPLAINT_PORTAL = {"/klacht", "/klacht/**", "/complaint", "/complaint/**"};

    /** The JSON API: Bearer tokens only, no session and no cookies, so no CSRF exposure. */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers("/api/docs", "/api/docs/**", "/api/v1/risk-profiles")
                                .permitAll()
                                .anyRequest()
                                .authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new ProblemEntryPoint()))
                .headers(
                        headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    /** The complaint form and the post that files it: what a complainant without a receipt yet does. */
    static final String[] COMPLAINT_FORM = {"/klacht/new", "/complaint/new"};

    /**
     * The complaint form keeps no server session: its CSRF token travels in an HTTP-only, same-site cookie
     * that the posted form must match (the double-submit pattern), and nothing else of the visit is kept.
     * So filing a complaint leaves no session row behind, and the post that files it writes nothing but the
     * complaint: no session to read and write back in a transaction of its own. A person who follows a case
     * later logs in with the receipt, and that gets a session, as before.
     */
    @Bean
    @Order(2)
    SecurityFilterChain complaintForm(HttpSecurity http) throws Exception {
        http.securityMatcher(COMPLAINT_FORM)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.csrfTokenRepository(complaintFormTokens()))
                .headers(SecurityConfiguration::pageHeaders);
        return http.build();
    }

    static CookieCsrfTokenRepository complaintFormTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName("ketenwijs-form");
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        return tokens;
    }

    /**
     * Pages for people. A login that still owes its second factor reaches its step page and nothing else:
     * every other page needs a fully logged-in {@link Account}, and sends a pending login back to its step.
     */
    @Bean
    @Order(3)
    SecurityFilterChain web(
            HttpSecurity http,
            LoginThrottle throttle,
            SecondFactors secondFactors,
            LoginCompletion completion,
            SecurityContextRepository contexts)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/actuator/health",
                                "/css/**",
                                "/js/**",
                                "/webjars/**",
                                "/favicon.svg",
                                "/bronnen",
                                "/risicocheck",
                                "/risicocheck/kaart",
                                "/grondstoffen",
                                "/grondstoffen/*",
                                "/jaarrapport/*",
                                "/jaarrapport/*/grafiek/*",
                                "/error")
                        .permitAll()
                        .requestMatchers(PendingSecondFactor.CODE_STEP)
                        .hasAuthority(PendingSecondFactor.MAY_GIVE_CODE)
                        .requestMatchers(PendingSecondFactor.ENROL_STEP)
                        .hasAuthority(PendingSecondFactor.MAY_ENROL)
                        .requestMatchers("/account/security/organisation")
                        .hasAnyAuthority(Role.COMPANY_ADMIN.authority(), Role.SECRETARIAT_ADMIN.authority())
                        .requestMatchers(ACCOUNT_LINKS)
                        .permitAll()
                        .requestMatchers(COMPLAINT_PORTAL)
                        .permitAll()
                        .anyRequest()
                        .access(SecurityConfiguration::fullyLoggedIn))
                .securityContext(context -> context.securityContextRepository(contexts))
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(new SecondFactorLoginHandler(secondFactors, completion)))
                .exceptionHandling(errors -> errors.accessDeniedHandler(new SecondFactorAccessDeniedHandler()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(SecurityConfiguration::pageHeaders);
        return http.build();
    }

    /** What every page for people answers with: the strict policy, and no address sent to another site. */
    private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }

    private static AuthorizationResult fullyLoggedIn(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext request) {
        return new AuthorizationDecision(authentication.get().getPrincipal() instanceof Account);
    }

    /** One repository for the security context, shared by the form login and the second-factor step. */
    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }
}
