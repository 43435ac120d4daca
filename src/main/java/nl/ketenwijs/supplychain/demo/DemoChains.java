package nl.ketenwijs.supplychain.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ketenwijs.organisation.DemoSectorLoaded;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.supplychain.mapping.ChainStore;
import nl.ketenwijs.supplychain.mapping.MaterialInput;
import nl.ketenwijs.supplychain.mapping.Origin;
import nl.ketenwijs.supplychain.mapping.Quantities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives every demo company a realistic chain (demo/chains.csv), so that registers and maps have something
 * to show, and a few of them their suppliers (DemoSuppliers). A company that already has products keeps them as they are: what a demo user changed or
 * removed stays changed at the next start.
 */
@Component
class DemoChains {

    private static final Logger log = LoggerFactory.getLogger(DemoChains.class);
    private static final String FILE = "demo/chains.csv";

    record Row(
            String company,
            String product,
            String material,
            String commodity,
            Quantities quantities,
            List<Origin> origins) {}

    private final ChainStore chain;
    private final TenantScope tenantScope;
    private final JdbcClient jdbc;
    private final DemoSuppliers suppliers;

    DemoChains(ChainStore chain, TenantScope tenantScope, JdbcClient jdbc, DemoSuppliers suppliers) {
        this.chain = chain;
        this.tenantScope = tenantScope;
        this.jdbc = jdbc;
        this.suppliers = suppliers;
    }

    @EventListener
    void load(DemoSectorLoaded sector) {
        Map<String, Map<String, List<Row>>> byCompany = rows().stream()
                .collect(Collectors.groupingBy(
                        Row::company,
                        LinkedHashMap::new,
                        Collectors.groupingBy(Row::product, LinkedHashMap::new, Collectors.toList())));
        int loaded = 0;
        for (var company : sector.companies().entrySet()) {
            Map<String, List<Row>> products = byCompany.getOrDefault(company.getKey(), Map.of());
            if (tenantScope.asOrganisation(company.getValue(), () -> load(company.getValue(), products))) {
                loaded++;
            }
            tenantScope.asOrganisation(company.getValue(), () -> suppliers.load(company.getValue(), company.getKey()));
        }
        log.info(
                "Demo chains: {} of {} companies given their chain",
                loaded,
                sector.companies().size());
    }

    /** All of one company's chain in its own transaction, as that company. */
    private boolean load(UUID company, Map<String, List<Row>> products) {
        boolean empty = jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM product WHERE organisation_id = ?)")
                .param(company)
                .query(Boolean.class)
                .single();
        if (!empty || products.isEmpty()) {
            return false;
        }
        products.forEach((product, materials) -> {
            UUID productId = chain.addProduct(company, product, null);
            materials.forEach(row -> chain.addMaterial(
                    company,
                    productId,
                    new MaterialInput(row.material(), row.commodity(), row.quantities(), row.origins())));
        });
        return true;
    }

    static List<Row> rows() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            return lines.stream()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(DemoChains::row)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** company;product;material;commodity;share_percent;volume_kg_per_year;spend_eur;origins (ISO3|…, ? unknown) */
    private static Row row(String line) {
        String[] f = line.split(";", -1);
        List<Origin> origins = Arrays.stream(f[7].split("\\|"))
                .map(code -> code.equals("?") ? Origin.UNKNOWN : new Origin(code))
                .toList();
        return new Row(
                f[0],
                f[1],
                f[2],
                f[3].isEmpty() ? null : f[3],
                new Quantities(number(f[4]), number(f[5]), number(f[6])),
                origins);
    }

    private static BigDecimal number(String text) {
        return text.isEmpty() ? null : new BigDecimal(text);
    }
}
