package nl.ketenwijs.grievance;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence that a company's grievance channel reaches workers: how many complaints the complaints mechanism
 * forwarded to it in a year and how many of those it answered. Counts only, never a complaint; any module
 * may ask, in any tenant's transaction.
 */
@Service
public class CompanyCaseFigures {

    /** Complaints forwarded to the company in the year, and how many of those it has answered so far. */
    public record Figures(int forwarded, int answered) {}

    private final JdbcClient jdbc;

    CompanyCaseFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The calendar year counts in Amsterdam time, the covenant's reporting year. */
    @Transactional(readOnly = true)
    public Figures forCompany(UUID organisationId, int year) {
        return jdbc.sql("SELECT forwarded, answered FROM kw_company_case_figures(?, ?)")
                .params(organisationId, year)
                .query((rs, n) -> new Figures(rs.getInt("forwarded"), rs.getInt("answered")))
                .single();
    }
}
