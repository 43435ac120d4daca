package nl.ketenwijs.actions.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * Today as the covenant's companies count days: due dates are days in the Netherlands. From the one clock
 * of the application, so that tests can move it.
 */
@Component
public class CovenantDate {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Clock clock;

    CovenantDate(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
