package nl.ketenwijs.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.TenantScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of ours that takes an id, found in the handler mappings so that routes added later are
 * covered too, is called by a company admin with the ids of another company's rows. Each call must answer
 * exactly as it does for an id that does not exist (404, or 403 where the role may not use the route at
 * all), and the other company's rows must be unchanged afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CrossTenantRoutesIntegrationTests {

    private static final String ATTACKER = "admin@cacaohuis-zaandam.example";
    private static final String ATTACKER_ORGANISATION = "Cacaohuis Zaandam";
    private static final String ATTACKER_TOKEN = "kwdemo-cacaohuis-editor-7f3a9c2e41b8d613";
    private static final String VICTIM = "Koffiebranderij De Boon";
    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

    /**
     * Ids taken from each table: five for a route with one id; two for a route with several, whose every
     * combination of the attacker's and the victim's ids is called (the calls grow with the square).
     */
    private static final int IDS_PER_TABLE = 5;

    private static final int IDS_PER_TABLE_IN_PAIRS = 2;
    private static final Set<String> NOT_TENANT_DATA = Set.of(
            "flyway_schema_history",
            "spring_session",
            "spring_session_attributes",
            "event_publication",
            "audit_event",
            "login_throttle",
            // Sector-wide counts that the shared-risk job rewrites every few minutes, whoever calls what.
            "shared_risk_count",
            "shared_risk_group",
            "shared_facility_group");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    TenantScope tenantScope;

    @Autowired
    JdbcClient jdbc;

    @Test
    void foreignIdsAnswerLikeUnknownIdsAndChangeNothing() throws Exception {
        List<Route> routes = routesWithIds();
        assertThat(routes).as("routes that take an id").isNotEmpty();
        UUID victim = organisation(VICTIM);
        UUID attackerOrganisation = organisation(ATTACKER_ORGANISATION);
        List<String> foreign = idsOwnedBy(victim, IDS_PER_TABLE);
        List<String> own = idsOwnedBy(attackerOrganisation, IDS_PER_TABLE);
        List<String> fewForeign = idsOwnedBy(victim, IDS_PER_TABLE_IN_PAIRS);
        List<String> fewOwn = idsOwnedBy(attackerOrganisation, IDS_PER_TABLE_IN_PAIRS);
        waitForRegisterJobs();
        Map<String, String> before = fingerprint(victim);
        Account attacker = accounts.loadUserByUsername(ATTACKER);

        List<String> leaks = new ArrayList<>();
        int calls = 0;
        for (Route route : routes) {
            boolean single = route.variables() == 1;
            for (List<String> ids : mixes(route.variables(), single ? own : fewOwn, single ? foreign : fewForeign)) {
                List<String> unknownInstead = ids.stream()
                        .map(id -> foreign.contains(id) ? UUID.randomUUID().toString() : id)
                        .toList();
                int unknown = call(route, unknownInstead, attacker);
                int status = call(route, ids, attacker);
                calls += 2;
                if (unknown != 404 && unknown != 403) {
                    leaks.add(route + " answers " + unknown + " for unknown ids " + unknownInstead);
                } else if (status != unknown) {
                    leaks.add(route + " answers " + status + " for " + ids + " (ids of " + VICTIM + "), " + unknown
                            + " for unknown ones");
                }
            }
        }

        assertThat(leaks).isEmpty();
        assertThat(calls).as("calls made").isGreaterThan(routes.size());
        assertThat(fingerprint(victim)).as("the other company's rows").isEqualTo(before);
    }

    /**
     * A knowledge change by an earlier test re-evaluates every company's register in the background, the
     * victim's too; the fingerprint is taken once that work is done, so it shows what the routes changed.
     */
    private void waitForRegisterJobs() throws InterruptedException {
        for (int tries = 0; tries < 600 && runningRegisterJobs() > 0; tries++) {
            Thread.sleep(200);
        }
        assertThat(runningRegisterJobs()).as("register jobs still running").isZero();
    }

    private int runningRegisterJobs() {
        return jdbc.sql("""
                        SELECT count(*) FROM register_job
                         WHERE finished_at IS NULL AND heartbeat_at > now() - interval '2 minutes'
                        """).query(Integer.class).single();
    }

    /**
     * Every way to fill the route's variables with the attacker's own ids and the victim's ids, with at
     * least one of the victim's: "my organisation, your person" is the case that matters most.
     */
    private static List<List<String>> mixes(int variables, List<String> own, List<String> foreign) {
        List<List<String>> mixes = new ArrayList<>();
        mixes.add(List.of());
        for (int i = 0; i < variables; i++) {
            List<List<String>> longer = new ArrayList<>();
            for (List<String> mix : mixes) {
                for (String id : concat(own, foreign)) {
                    List<String> next = new ArrayList<>(mix);
                    next.add(id);
                    longer.add(next);
                }
            }
            mixes = longer;
        }
        return mixes.stream()
                .filter(mix -> mix.stream().anyMatch(foreign::contains))
                .toList();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    private int call(Route route, List<String> ids, Account attacker) throws Exception {
        Matcher variable = VARIABLE.matcher(route.pattern());
        StringBuilder path = new StringBuilder();
        int next = 0;
        while (variable.find()) {
            variable.appendReplacement(path, Matcher.quoteReplacement(ids.get(next++)));
        }
        variable.appendTail(path);
        MockHttpServletRequestBuilder request = request(route.method(), path.toString());
        route.parameters().forEach(request::param);
        if (route.pattern().startsWith("/api/")) {
            request.header("Authorization", "Bearer " + ATTACKER_TOKEN);
        } else {
            request.with(user(attacker)).with(csrf());
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    /** Our own handlers only: a library's routes are not ours to keep tenant-safe. */
    private List<Route> routesWithIds() {
        List<Route> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("nl.ketenwijs")) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.contains("{")) {
                    methodsOf(info)
                            .forEach(method -> routes.add(new Route(method, pattern, plausibleParameters(handler))));
                }
            }
        });
        return routes;
    }

    private static List<HttpMethod> methodsOf(RequestMappingInfo info) {
        Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
        if (declared.isEmpty()) {
            return List.of(HttpMethod.GET, HttpMethod.POST);
        }
        return declared.stream()
                .map(method -> HttpMethod.valueOf(method.name()))
                .toList();
    }

    /**
     * A well-formed value for every request parameter, so that the call reaches the id look-up instead of
     * stopping at a missing parameter.
     */
    private static Map<String, String> plausibleParameters(HandlerMethod handler) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
            if (annotation != null) {
                parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                String name = annotation.name().isEmpty() ? parameter.getParameterName() : annotation.name();
                parameters.put(name, plausibleValue(parameter.getParameterType()));
            }
        }
        return parameters;
    }

    private static String plausibleValue(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return "true";
        }
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "1";
        }
        return type == UUID.class ? UUID.randomUUID().toString() : "123456";
    }

    private UUID organisation(String name) {
        return jdbc.sql("SELECT id FROM organisation WHERE name = ?")
                .param(name)
                .query(UUID.class)
                .single();
    }

    /** The ids of rows the victim owns, at most {@code perTable} of every table, as the victim sees them. */
    private List<String> idsOwnedBy(UUID victim, int perTable) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(victim.toString());
        for (String table : tablesWith("id")) {
            String owned = ownershipCondition(table);
            if (owned != null) {
                ids.addAll(tenantScope.asOrganisation(
                        victim,
                        () -> jdbc.sql("SELECT id::text FROM " + table + " WHERE " + owned + " ORDER BY id LIMIT :n")
                                .param("victim", victim)
                                .param("n", perTable)
                                .query(String.class)
                                .list()));
            }
        }
        return List.copyOf(ids);
    }

    /** A digest per table of the rows the victim can see, taken as the victim. */
    private Map<String, String> fingerprint(UUID victim) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String table : tablesWith(null)) {
            if (!NOT_TENANT_DATA.contains(table)) {
                digests.put(
                        table,
                        tenantScope.asOrganisation(
                                victim,
                                () -> jdbc.sql(
                                                "SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM "
                                                        + table + " t")
                                        .query(String.class)
                                        .single()));
            }
        }
        return digests;
    }

    private String ownershipCondition(String table) {
        Set<String> columns = new LinkedHashSet<>(
                jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'"
                                + " AND table_name = ?")
                        .param(table)
                        .query(String.class)
                        .list());
        if (columns.contains("organisation_id")) {
            return "organisation_id = :victim";
        }
        if (columns.contains("user_id")) {
            return "user_id IN (SELECT id FROM app_user WHERE organisation_id = :victim)";
        }
        return null;
    }

    private List<String> tablesWith(String column) {
        return jdbc.sql("SELECT table_name FROM information_schema.tables t WHERE table_schema = 'public'"
                        + " AND table_type = 'BASE TABLE' AND (CAST(:column AS text) IS NULL OR EXISTS ("
                        + " SELECT 1 FROM information_schema.columns c WHERE c.table_schema = 'public'"
                        + " AND c.table_name = t.table_name AND c.column_name = :column AND c.data_type = 'uuid'))"
                        + " ORDER BY 1")
                .param("column", column)
                .query(String.class)
                .list();
    }

    private record Route(HttpMethod method, String pattern, Map<String, String> parameters) {

        int variables() {
            return (int) VARIABLE.matcher(pattern).results().count();
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }
}
