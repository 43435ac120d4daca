package nl.ketenwijs.notification;

import java.util.List;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.HomeTask;
import nl.ketenwijs.organisation.HomeTaskSource;
import nl.ketenwijs.organisation.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Without SMTP nobody receives the mails: the secretariat admin must pass their links on, so the start
 * page says how many wait in the outbox.
 */
@Component
class OutboxTask implements HomeTaskSource {

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> smtp;

    OutboxTask(JdbcClient jdbc, ObjectProvider<JavaMailSender> smtp) {
        this.jdbc = jdbc;
        this.smtp = smtp;
    }

    @Override
    @Transactional(readOnly = true)
    public List<HomeTask> tasksFor(Account account) {
        if (account.role() != Role.SECRETARIAT_ADMIN || smtp.getIfAvailable() != null) {
            return List.of();
        }
        int waiting = jdbc.sql("SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL AND given_up_at IS NULL")
                .query(Integer.class)
                .single();
        return waiting == 0 ? List.of() : List.of(new HomeTask("home.task.outbox", List.of(waiting), "/outbox"));
    }
}
