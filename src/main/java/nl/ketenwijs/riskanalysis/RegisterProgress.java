package nl.ketenwijs.riskanalysis;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far companies are with their registers, for those who follow a group of companies' progress (a
 * branch organisation, the secretariat). Answered by database functions that open no register to the caller.
 */
@Service
public class RegisterProgress {

    private final JdbcClient jdbc;

    RegisterProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Of these companies, those that confirmed, adjusted or dismissed at least one risk of their register. */
    @Transactional
    public Set<UUID> withJudgedRegister(Collection<UUID> companies) {
        return subset("kw_companies_with_judged_register", companies);
    }

    /**
     * Of these companies, those whose register holds a high or very high risk on the gender theme that they
     * have not dismissed.
     */
    @Transactional
    public Set<UUID> withGenderRisks(Collection<UUID> companies) {
        return subset("kw_companies_with_gender_risks", companies);
    }

    private Set<UUID> subset(String function, Collection<UUID> companies) {
        UUID[] found = jdbc.sql("SELECT " + function + "(?)")
                .param(companies.toArray(UUID[]::new))
                .query((rs, n) -> (UUID[]) rs.getArray(1).getArray())
                .single();
        return Set.of(found);
    }
}
