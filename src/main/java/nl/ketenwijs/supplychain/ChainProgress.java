package nl.ketenwijs.supplychain;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which companies have mapped their chain, for those who follow a group of companies' progress (a branch
 * organisation, the secretariat). Answered by a database function that opens no chain to the caller.
 */
@Service
public class ChainProgress {

    private final JdbcClient jdbc;

    ChainProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Of these companies, those with a classified raw material from a known country. */
    @Transactional
    public Set<UUID> withMappedChain(Collection<UUID> companies) {
        UUID[] mapped = jdbc.sql("SELECT kw_companies_with_mapped_chain(?)")
                .param(companies.toArray(UUID[]::new))
                .query((rs, n) -> (UUID[]) rs.getArray(1).getArray())
                .single();
        return Set.of(mapped);
    }
}
