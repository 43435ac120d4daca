package nl.ketenwijs.organisation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The names of the covenant's organisations, which are public; nothing else about them. */
@Service
public class OrganisationNames {

    private final JdbcClient jdbc;

    OrganisationNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every member company, by name. */
    @Transactional(readOnly = true)
    public List<OrganisationRef> companies() {
        return jdbc.sql("SELECT id, name FROM organisation WHERE kind = 'COMPANY' ORDER BY lower(name), id")
                .query((rs, n) -> new OrganisationRef(
                        rs.getObject("id", UUID.class), rs.getString("name"), OrganisationKind.COMPANY))
                .list();
    }

    /** The names of these organisations, by id; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<UUID, String> of(Collection<UUID> ids) {
        Map<UUID, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT id, name FROM organisation WHERE id = ANY(?) ORDER BY lower(name)")
                .param(ids.toArray(UUID[]::new))
                .query((rs, n) -> names.put(rs.getObject("id", UUID.class), rs.getString("name")))
                .list();
        return names;
    }
}
