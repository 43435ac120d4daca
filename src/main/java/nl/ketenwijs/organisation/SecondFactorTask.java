package nl.ketenwijs.organisation;

import java.util.List;
import org.springframework.stereotype.Component;

/** Asks everyone who has no second factor yet to add one: a stolen password then opens nothing. */
@Component
class SecondFactorTask implements HomeTaskSource {

    private final SecondFactors secondFactors;

    SecondFactorTask(SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
    }

    @Override
    public List<HomeTask> tasksFor(Account account) {
        if (secondFactors.statusOf(account.key()).enrolled()) {
            return List.of();
        }
        return List.of(new HomeTask("home.task.secondFactor", List.of(), "/account/security"));
    }
}
