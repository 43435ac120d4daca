package nl.ketenwijs.monitoring.questionnaire;

import java.time.Clock;
import java.time.LocalDate;
import nl.ketenwijs.monitoring.Questionnaires;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On a first start, drafts of the shipped questionnaire for the year companies report on now (the year
 * before this one), so the secretariat starts from something. Once any questionnaire exists it does nothing.
 */
@Component
class DefaultQuestionnaireLoader {

    private static final Logger log = LoggerFactory.getLogger(DefaultQuestionnaireLoader.class);

    private final Questionnaires questionnaires;
    private final Clock clock;

    DefaultQuestionnaireLoader(Questionnaires questionnaires, Clock clock) {
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void shipOnFirstStart() {
        int year = LocalDate.now(clock).getYear() - 1;
        if (questionnaires.shipDefaultIfNone(year, "Ketenwijs")) {
            log.info("Shipped questionnaire drafted for reporting year {}", year);
        }
    }
}
