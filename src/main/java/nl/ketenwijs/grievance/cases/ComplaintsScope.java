package nl.ketenwijs.grievance.cases;

import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens the complaint tables for one transaction. Their row-level security admits only a transaction that
 * says so with a transaction-local setting, so nothing outside this module's own work reads a complaint,
 * and a pooled connection never carries the setting on.
 */
@Component
public class ComplaintsScope {

    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final JdbcClient jdbc;

    ComplaintsScope(PlatformTransactionManager transactions, JdbcClient jdbc) {
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.jdbc = jdbc;
    }

    /** Work that changes complaints; it has committed when this returns. */
    public <T> T write(Supplier<T> work) {
        return writing.execute(status -> {
            open();
            return work.get();
        });
    }

    public <T> T read(Supplier<T> work) {
        return reading.execute(status -> {
            open();
            return work.get();
        });
    }

    private void open() {
        jdbc.sql("SELECT set_config('ketenwijs.grievance', 'on', true)").query().singleValue();
    }
}
