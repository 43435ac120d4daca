package nl.ketenwijs.reporting.annual;

import java.util.List;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.HomeTask;
import nl.ketenwijs.organisation.HomeTaskSource;
import nl.ketenwijs.organisation.Role;
import org.springframework.stereotype.Component;

/** An example waiting for the company's consent sits on its administrator's start page. */
@Component
class ConsentTask implements HomeTaskSource {

    private final GoodPracticeExamples examples;

    ConsentTask(GoodPracticeExamples examples) {
        this.examples = examples;
    }

    @Override
    public List<HomeTask> tasksFor(Account account) {
        if (account.role() != Role.COMPANY_ADMIN) {
            return List.of();
        }
        long waiting = examples.about(account.organisationId()).stream()
                .filter(example -> example.consent() == Consent.REQUESTED)
                .count();
        return waiting == 0
                ? List.of()
                : List.of(new HomeTask("report.consent.task", List.of(waiting), "/report-consent"));
    }
}
