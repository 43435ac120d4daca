package nl.ketenwijs.supplychain.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.supplychain.Certification;
import nl.ketenwijs.supplychain.mapping.Audit;
import nl.ketenwijs.supplychain.mapping.AuditResult;
import nl.ketenwijs.supplychain.mapping.SupplierInput;
import nl.ketenwijs.supplychain.mapping.SupplierKind;
import nl.ketenwijs.supplychain.mapping.SupplierStore;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives a few demo companies their suppliers over several tiers (demo/suppliers.csv), with certifications
 * and one failed audit, so the register shows what suppliers do to a likelihood. Only a company without any
 * supplier gets them, so loading again adds nothing; a link whose origin the company removed is skipped.
 */
@Component
class DemoSuppliers {

    private static final String FILE = "demo/suppliers.csv";

    /** One place on the chain: product, raw material, origin country, tier. */
    record Link(String product, String material, String iso3, int tier) {}

    record Row(String company, SupplierInput supplier, List<Link> links) {}

    private final SupplierStore suppliers;
    private final JdbcClient jdbc;

    DemoSuppliers(SupplierStore suppliers, JdbcClient jdbc) {
        this.suppliers = suppliers;
        this.jdbc = jdbc;
    }

    /** As the company, in its tenant transaction. @return whether it was given suppliers */
    boolean load(UUID company, String name) {
        List<Row> rows =
                rows().stream().filter(row -> row.company().equals(name)).toList();
        if (rows.isEmpty() || suppliers.hasSuppliers(company)) {
            return false;
        }
        for (Row row : rows) {
            UUID supplier = suppliers.addSupplier(company, row.supplier());
            row.links()
                    .forEach(link -> origin(company, link)
                            .ifPresent(origin -> suppliers.link(company, origin, supplier, link.tier())));
        }
        return true;
    }

    private Optional<UUID> origin(UUID company, Link link) {
        return jdbc.sql("""
                        SELECT o.id FROM material_origin o
                          JOIN raw_material m ON m.id = o.raw_material_id
                          JOIN product p ON p.id = m.product_id
                         WHERE o.organisation_id = ? AND p.name = ? AND m.name = ? AND o.country_iso3 = ?
                        """)
                .params(company, link.product(), link.material(), link.iso3())
                .query(UUID.class)
                .optional();
    }

    static List<Row> rows() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(DemoSuppliers::row)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** company;supplier;kind;country;place;certifications (a|b);audit_date;audit_scheme;audit_result;links */
    private static Row row(String line) {
        String[] f = line.split(";", -1);
        List<Certification> certifications = Arrays.stream(f[5].split("\\|"))
                .filter(code -> !code.isEmpty())
                .map(code -> Certification.byCode(code).orElseThrow())
                .toList();
        Audit audit = f[6].isEmpty()
                ? null
                : new Audit(
                        LocalDate.parse(f[6]),
                        f[7],
                        AuditResult.valueOf(f[8].toUpperCase(java.util.Locale.ROOT)),
                        null);
        SupplierInput supplier = new SupplierInput(
                f[1],
                SupplierKind.valueOf(f[2].toUpperCase(java.util.Locale.ROOT)),
                f[3],
                f[4],
                null,
                certifications,
                audit);
        List<Link> links = Arrays.stream(f[9].split("\\|"))
                .map(link -> link.split("/"))
                .map(p -> new Link(p[0], p[1], p[2], Integer.parseInt(p[3])))
                .toList();
        return new Row(f[0], supplier, links);
    }
}
