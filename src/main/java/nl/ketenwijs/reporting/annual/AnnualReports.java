package nl.ketenwijs.reporting.annual;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The secretariat's texts per reporting year; row-level security shows them to the secretariat only. */
@Repository
public class AnnualReports {

    private final JdbcClient jdbc;

    AnnualReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<ReportTexts> find(int year) {
        return jdbc.sql("SELECT year, foreword, outlook FROM annual_report WHERE year = ?")
                .param(year)
                .query(ReportTexts.class)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<Integer> years() {
        return jdbc.sql("SELECT year FROM annual_report ORDER BY year DESC")
                .query(Integer.class)
                .list();
    }

    @Transactional
    public void save(ReportTexts texts, String by) {
        jdbc.sql("""
                        INSERT INTO annual_report (year, foreword, outlook, updated_by) VALUES (?, ?, ?, ?)
                        ON CONFLICT (year) DO UPDATE
                           SET foreword = excluded.foreword, outlook = excluded.outlook,
                               updated_by = excluded.updated_by, updated_at = now()
                        """)
                .params(texts.year(), texts.foreword(), texts.outlook(), by)
                .update();
    }

    /** The year's row, empty, so examples can be added before any text is written. */
    @Transactional
    public void ensure(int year, String by) {
        jdbc.sql("INSERT INTO annual_report (year, updated_by) VALUES (?, ?) ON CONFLICT (year) DO NOTHING")
                .params(year, by)
                .update();
    }
}
