package nl.ketenwijs.supplychain.web;

import java.util.List;
import java.util.UUID;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.supplychain.mapping.SupplierInput;
import nl.ketenwijs.supplychain.mapping.SupplierKind;
import nl.ketenwijs.supplychain.mapping.SupplierStore;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts a company's suppliers on its chain through the store, as the company: the chain itself is built with
 * {@link ChainFixture}. {@code appJdbc} is the application's pool, which sees the company's rows in its scope.
 */
record SupplierFixture(SupplierStore suppliers, TenantScope tenantScope, JdbcClient appJdbc, UUID company) {

    UUID supplier(String name, SupplierKind kind) {
        return supplier(new SupplierInput(name, kind, null, null, null, List.of(), null));
    }

    UUID supplier(SupplierInput details) {
        return tenantScope.asOrganisation(company, () -> suppliers.addSupplier(company, details));
    }

    /** @param iso3 the origin's country, null for the recorded unknown origin */
    void link(String material, String iso3, UUID supplier, int tier) {
        tenantScope.asOrganisation(company, () -> {
            UUID origin =
                    appJdbc.sql("""
                            SELECT o.id FROM material_origin o JOIN raw_material m ON m.id = o.raw_material_id
                             WHERE m.name = ? AND o.country_iso3 IS NOT DISTINCT FROM ?
                            """).params(material, iso3).query(UUID.class).single();
            return suppliers.link(company, origin, supplier, tier);
        });
    }
}
