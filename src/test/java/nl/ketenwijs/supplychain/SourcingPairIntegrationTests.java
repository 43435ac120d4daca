package nl.ketenwijs.supplychain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.ketenwijs.WebIntegrationTest;
import nl.ketenwijs.organisation.AccountDirectory;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.organisation.TestOrganisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The supplier rule of the {@code sourcing_pair} view, read through {@link CompanyChains#pairs}: cocoa. */
class SourcingPairIntegrationTests extends WebIntegrationTest {

    @Autowired
    AccountDirectory accounts;

    @Autowired
    TenantScope tenantScope;

    @Autowired
    CompanyChains chains;

    /** The application's own pool: company rows are closed to the platform-scoped fixture connection. */
    @Autowired
    JdbcClient appJdbc;

    UUID company;
    UUID cocoa;

    @BeforeEach
    void aCompanyThatBuysCocoa() {
        company = new TestOrganisations(jdbc, accounts).aCompany();
        UUID product = UUID.randomUUID();
        cocoa = UUID.randomUUID();
        asCompany("INSERT INTO product (id, organisation_id, name) VALUES (?, ?, 'Reep')", product, company);
        asCompany("""
                INSERT INTO raw_material (id, organisation_id, product_id, name, commodity_code, volume_kg_per_year)
                VALUES (?, ?, ?, 'Cacaobonen', 'cocoa', 1000)
                """, cocoa, company, product);
    }

    @Test
    void theTierClosestToTheOriginDecides() {
        UUID origin = origin("CIV");
        link(origin, supplier(null, null), 1);
        link(origin, supplier("{rainforest_alliance,organic}", null), 2);
        link(origin, supplier("{rainforest_alliance}", null), 2);

        SourcingPair pair = pair();
        assertThat(pair.certifications()).containsExactly(Certification.RAINFOREST_ALLIANCE);
        assertThat(pair.hasSuppliers()).isTrue();
        assertThat(pair.auditFailed()).isFalse();
        assertThat(pair.products()).containsExactly("Reep");
    }

    @Test
    void aCertificateOnlyNearTheCompanyCountsForNothing() {
        UUID origin = origin("CIV");
        link(origin, supplier("{fairtrade}", null), 1);
        link(origin, supplier(null, null), 3);

        assertThat(pair().certifications()).isEmpty();
    }

    @Test
    void everyOriginOfThePairMustHoldItInTheListsOrder() {
        // Two raw materials from the same country make one pair with two origins.
        UUID other = moreCocoa();
        UUID first = origin("CIV");
        link(first, supplier("{organic,rspo}", null), 1);
        UUID second = origin(other, "CIV");
        link(second, supplier("{fairtrade,organic,rspo}", null), 2);

        assertThat(pair().certifications()).containsExactly(Certification.RSPO, Certification.ORGANIC);
    }

    @Test
    void anOriginWithoutSuppliersHoldsNoneAndAnyFailedAuditCounts() {
        UUID other = moreCocoa();
        origin(other, "CIV");
        assertThat(pair().hasSuppliers()).isFalse();

        UUID origin = origin("CIV");
        link(origin, supplier("{rspo}", null), 1);
        link(origin, supplier("{rspo}", "failed"), 1);
        SourcingPair partly = pair();
        assertThat(partly.certifications()).isEmpty();
        assertThat(partly.hasSuppliers()).isTrue();
        assertThat(partly.auditFailed()).isTrue();
    }

    /** A second raw material of cocoa in the same product: its origins join the first one's pairs. */
    private UUID moreCocoa() {
        UUID other = UUID.randomUUID();
        asCompany("""
                INSERT INTO raw_material (id, organisation_id, product_id, name, commodity_code)
                SELECT ?, organisation_id, product_id, 'Cacaoboter', 'cocoa' FROM raw_material WHERE id = ?
                """, other, cocoa);
        return other;
    }

    private SourcingPair pair() {
        List<SourcingPair> pairs = tenantScope.asOrganisation(company, () -> chains.pairs(company));
        assertThat(pairs).hasSize(1);
        return pairs.get(0);
    }

    private UUID origin(String country) {
        return origin(cocoa, country);
    }

    private UUID origin(UUID material, String country) {
        UUID id = UUID.randomUUID();
        asCompany(
                "INSERT INTO material_origin (id, organisation_id, raw_material_id, country_iso3) VALUES (?, ?, ?, ?)",
                id,
                company,
                material,
                country);
        return id;
    }

    private UUID supplier(String certifications, String auditResult) {
        UUID id = UUID.randomUUID();
        asCompany("""
                INSERT INTO supplier (id, organisation_id, name, kind, certifications, audit_date, audit_result)
                VALUES (?, ?, ?, 'trader', coalesce(?::text[], '{}'), CASE WHEN ?::text IS NOT NULL THEN current_date END, ?)
                """, id, company, "Leverancier " + id, certifications, auditResult, auditResult);
        return id;
    }

    private void link(UUID origin, UUID supplier, int tier) {
        asCompany("""
                INSERT INTO origin_supplier (id, organisation_id, material_origin_id, supplier_id, tier)
                VALUES (?, ?, ?, ?, ?)
                """, UUID.randomUUID(), company, origin, supplier, tier);
    }

    private void asCompany(String sql, Object... parameters) {
        tenantScope.asOrganisation(
                company, () -> appJdbc.sql(sql).params(parameters).update());
    }
}
