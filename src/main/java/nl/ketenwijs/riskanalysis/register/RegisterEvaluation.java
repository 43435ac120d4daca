package nl.ketenwijs.riskanalysis.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ketenwijs.riskknowledge.Commodities;
import nl.ketenwijs.riskknowledge.Commodity;
import nl.ketenwijs.riskknowledge.Countries;
import nl.ketenwijs.riskknowledge.Country;
import nl.ketenwijs.riskknowledge.RiskProfile;
import nl.ketenwijs.riskknowledge.RiskProfiles;
import nl.ketenwijs.riskknowledge.ThemeRisk;
import nl.ketenwijs.supplychain.Certification;
import nl.ketenwijs.supplychain.CompanyChains;
import nl.ketenwijs.supplychain.SourcingPair;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Brings a company's register in line with its chain and the knowledge base: an entry per (commodity,
 * country, theme) the chain sources, with the level and reasons the knowledge base gives now. Every level
 * that appears, changes or goes is logged with its cause, so the company sees what changed and why. What
 * the pair's suppliers show (certifications, a failed audit) is stored with each entry, so the ranked read
 * sets the likelihood in the same query. Rows
 * that did not change are not written, so evaluating an unchanged register costs reads only.
 */
@Service
public class RegisterEvaluation {

    private static final String PRODUCT_SEPARATOR = "\u001f";

    private record Key(String commodity, String country, String theme) {}

    private record Stored(String level, String reasons, String products) {}

    /** A level that appeared (old null), changed, or went (new null). */
    private record Change(Key key, String oldLevel, String newLevel) {}

    private final JdbcClient jdbc;
    private final CompanyChains chains;
    private final RiskProfiles profiles;
    private final Commodities commodities;
    private final Countries countries;
    private final JsonMapper json;

    RegisterEvaluation(
            JdbcClient jdbc,
            CompanyChains chains,
            RiskProfiles profiles,
            Commodities commodities,
            Countries countries,
            JsonMapper json) {
        this.jdbc = jdbc;
        this.chains = chains;
        this.profiles = profiles;
        this.commodities = commodities;
        this.countries = countries;
        this.json = json;
    }

    /** In the company's tenant transaction; evaluations of one company take turns. */
    @Transactional
    public void evaluate(UUID organisation, Cause cause) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('register:' || ?, 0))")
                .param(organisation.toString())
                .query()
                .singleValue();
        Map<Key, Stored> stored = stored(organisation);
        boolean first = jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM register_evaluation WHERE organisation_id = ?)")
                .param(organisation)
                .query(Boolean.class)
                .single();
        Rows upserts = new Rows();
        List<Change> changes = new ArrayList<>();
        Set<Key> present = new HashSet<>();
        for (SourcingPair pair : chains.pairs(organisation)) {
            Optional<RiskProfile> profile = profile(pair);
            if (profile.isEmpty()) {
                continue;
            }
            String products = String.join(PRODUCT_SEPARATOR, pair.products());
            for (ThemeRisk risk : profile.get().themes()) {
                Key key = new Key(
                        pair.commodityCode(), pair.countryIso3(), risk.theme().code());
                present.add(key);
                String reasons = json.writeValueAsString(risk.reasons());
                Stored before = stored.get(key);
                String level = risk.level().name();
                if (before == null ? !first : !before.level().equals(level)) {
                    changes.add(new Change(key, before == null ? null : before.level(), level));
                }
                upserts.add(key, level, reasons, products, pair);
            }
        }
        List<Key> gone =
                stored.keySet().stream().filter(key -> !present.contains(key)).toList();
        gone.forEach(key -> changes.add(new Change(key, stored.get(key).level(), null)));
        write(organisation, upserts);
        delete(organisation, gone);
        log(organisation, changes, cause);
        jdbc.sql("""
                        INSERT INTO register_evaluation (organisation_id, evaluated_at, cause) VALUES (?, now(), ?)
                        ON CONFLICT (organisation_id) DO UPDATE SET evaluated_at = now(), cause = EXCLUDED.cause
                        """).params(organisation, cause.name()).update();
    }

    /** A code or country that has left the knowledge base's lists has no profile: the chain shows it as a gap. */
    private Optional<RiskProfile> profile(SourcingPair pair) {
        Optional<Commodity> commodity = commodities
                .match(pair.commodityCode())
                .found()
                .filter(found -> found.code().equals(pair.commodityCode()));
        Optional<Country> country = countries.match(pair.countryIso3()).found();
        if (commodity.isEmpty() || country.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(profiles.profile(commodity.get(), country.get()));
    }

    private Map<Key, Stored> stored(UUID organisation) {
        Map<Key, Stored> stored = new HashMap<>();
        jdbc.sql("""
                        SELECT commodity_code, country_iso3, theme, inherent_level, reasons::text,
                               array_to_string(products, ?) AS products
                          FROM register_entry WHERE organisation_id = ?
                        """)
                .params(PRODUCT_SEPARATOR, organisation)
                .query((rs, n) -> stored.put(
                        new Key(rs.getString(1), rs.getString(2), rs.getString(3)),
                        new Stored(rs.getString(4), rs.getString(5), rs.getString(6))))
                .list();
        return stored;
    }

    /** One statement for all rows; a row whose level, reasons and products are as stored is left alone. */
    private void write(UUID organisation, Rows rows) {
        if (rows.commodity.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO register_entry (organisation_id, commodity_code, country_iso3, theme,
                                                    inherent_level, reasons, products, evaluated_at,
                                                    certifications, audit_failed)
                        SELECT :organisation, c, k, t, l, r::jsonb, string_to_array(p, :separator), now(),
                               string_to_array(cs, ','), f
                          FROM unnest(:commodity::text[], :country::text[], :theme::text[], :level::text[],
                                      :reasons::text[], :products::text[], :certifications::text[],
                                      :auditFailed::boolean[]) AS n(c, k, t, l, r, p, cs, f)
                        ON CONFLICT (organisation_id, commodity_code, country_iso3, theme) DO UPDATE
                           SET inherent_level = EXCLUDED.inherent_level, reasons = EXCLUDED.reasons,
                               products = EXCLUDED.products, evaluated_at = EXCLUDED.evaluated_at,
                               certifications = EXCLUDED.certifications, audit_failed = EXCLUDED.audit_failed
                         WHERE register_entry.inherent_level IS DISTINCT FROM EXCLUDED.inherent_level
                            OR register_entry.reasons IS DISTINCT FROM EXCLUDED.reasons
                            OR register_entry.products IS DISTINCT FROM EXCLUDED.products
                            OR register_entry.certifications IS DISTINCT FROM EXCLUDED.certifications
                            OR register_entry.audit_failed IS DISTINCT FROM EXCLUDED.audit_failed
                        """)
                .param("organisation", organisation)
                .param("separator", PRODUCT_SEPARATOR)
                .param("commodity", rows.commodity.toArray(String[]::new))
                .param("country", rows.country.toArray(String[]::new))
                .param("theme", rows.theme.toArray(String[]::new))
                .param("level", rows.level.toArray(String[]::new))
                .param("reasons", rows.reasons.toArray(String[]::new))
                .param("products", rows.products.toArray(String[]::new))
                .param("certifications", rows.certifications.toArray(String[]::new))
                .param("auditFailed", rows.auditFailed.toArray(String[]::new))
                .update();
    }

    private void delete(UUID organisation, List<Key> gone) {
        if (gone.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        DELETE FROM register_entry e
                         USING unnest(:commodity::text[], :country::text[], :theme::text[]) AS g(c, k, t)
                         WHERE e.organisation_id = :organisation
                           AND e.commodity_code = g.c AND e.country_iso3 = g.k AND e.theme = g.t
                        """)
                .param("organisation", organisation)
                .param("commodity", gone.stream().map(Key::commodity).toArray(String[]::new))
                .param("country", gone.stream().map(Key::country).toArray(String[]::new))
                .param("theme", gone.stream().map(Key::theme).toArray(String[]::new))
                .update();
    }

    /**
     * An entry that appeared or went did so because of the chain, whatever caused this evaluation; a level
     * that changed in place changed because of the cause. The first evaluation logs nothing: everything
     * would be "new".
     */
    private void log(UUID organisation, List<Change> changes, Cause cause) {
        if (changes.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO register_change (id, organisation_id, commodity_code, country_iso3, theme,
                                                     old_level, new_level, cause)
                        SELECT gen_random_uuid(), :organisation, c, k, t, o, n, w
                          FROM unnest(:commodity::text[], :country::text[], :theme::text[], :old::text[],
                                      :new::text[], :cause::text[]) AS x(c, k, t, o, n, w)
                        """)
                .param("organisation", organisation)
                .param(
                        "commodity",
                        changes.stream().map(c -> c.key().commodity()).toArray(String[]::new))
                .param("country", changes.stream().map(c -> c.key().country()).toArray(String[]::new))
                .param("theme", changes.stream().map(c -> c.key().theme()).toArray(String[]::new))
                .param("old", changes.stream().map(Change::oldLevel).toArray(String[]::new))
                .param("new", changes.stream().map(Change::newLevel).toArray(String[]::new))
                .param(
                        "cause",
                        changes.stream()
                                .map(c -> c.oldLevel() == null || c.newLevel() == null
                                        ? Cause.CHAIN.name()
                                        : cause.name())
                                .toArray(String[]::new))
                .update();
    }

    private static final class Rows {
        final List<String> commodity = new ArrayList<>();
        final List<String> country = new ArrayList<>();
        final List<String> theme = new ArrayList<>();
        final List<String> level = new ArrayList<>();
        final List<String> reasons = new ArrayList<>();
        final List<String> products = new ArrayList<>();
        /** Codes separated by commas: one text per row, as unnest needs. */
        final List<String> certifications = new ArrayList<>();

        final List<String> auditFailed = new ArrayList<>();

        void add(Key key, String level, String reasons, String products, SourcingPair pair) {
            this.certifications.add(
                    pair.certifications().stream().map(Certification::code).collect(Collectors.joining(",")));
            this.auditFailed.add(Boolean.toString(pair.auditFailed()));
            this.commodity.add(key.commodity());
            this.country.add(key.country());
            this.theme.add(key.theme());
            this.level.add(level);
            this.reasons.add(reasons);
            this.products.add(products);
        }
    }
}
