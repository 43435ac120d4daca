package nl.ketenwijs.organisation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a module that works with companies may know of them as organisations: a company's size class as
 * the covenant counts it ({@code SME} or {@code LARGE}), and companies' names for a list the secretariat
 * works through. Who is in the covenant is no secret; what a company did is, and is not here.
 */
@Service
public class CompanyDirectory {

    private final JdbcClient jdbc;

    CompanyDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty for an organisation that is not a company or has no size class recorded. */
    @Transactional(readOnly = true)
    public Optional<String> sizeClass(UUID company) {
        return jdbc.sql("SELECT size_class FROM organisation WHERE id = ? AND kind = 'COMPANY'")
                .param(company)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .optional()
                .flatMap(size -> size);
    }

    /** The names of these companies, by name. */
    @Transactional(readOnly = true)
    public Map<UUID, String> names(Collection<UUID> companies) {
        Map<UUID, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name FROM organisation WHERE id = ANY (?) AND kind = 'COMPANY' ORDER BY name")
                .param(companies.toArray(UUID[]::new))
                .query(rs -> {
                    names.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return names;
    }
}
