package nl.ketenwijs.monitoring.members;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What branch staff send to the members that lag on a step: a reminder, or an invitation to a workshop
 * with its date and place, in their own words. Bound from the dashboard's form.
 */
public record ReminderRequest(
        String indicator, String kind, String message, LocalDate workshopOn, String workshopPlace) {

    static final int MESSAGE_LIMIT = 2000;
    static final int PLACE_LIMIT = 200;

    enum Kind {
        REMINDER,
        WORKSHOP
    }

    /** Problems per form field, as message keys; empty when the request can be sent. */
    Map<String, String> problems(LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (step().isEmpty()) {
            problems.put("indicator", "members.reminder.error.indicator");
        }
        if (kindAsked().isEmpty()) {
            problems.put("kind", "members.reminder.error.kind");
        }
        if (message == null || message.isBlank()) {
            problems.put("message", "members.reminder.error.message");
        } else if (message.strip().length() > MESSAGE_LIMIT) {
            problems.put("message", "members.reminder.error.messageLength");
        }
        if (kindAsked().filter(Kind.WORKSHOP::equals).isPresent()) {
            if (workshopOn == null || workshopOn.isBefore(today)) {
                problems.put("workshopOn", "members.reminder.error.workshopOn");
            }
            if (workshopPlace == null || workshopPlace.isBlank()) {
                problems.put("workshopPlace", "members.reminder.error.workshopPlace");
            } else if (workshopPlace.strip().length() > PLACE_LIMIT) {
                problems.put("workshopPlace", "members.reminder.error.workshopPlaceLength");
            }
        }
        return problems;
    }

    Optional<ProgressIndicator> step() {
        return Arrays.stream(ProgressIndicator.values())
                .filter(i -> i.name().equals(indicator))
                .findFirst();
    }

    Optional<Kind> kindAsked() {
        return Arrays.stream(Kind.values()).filter(k -> k.name().equals(kind)).findFirst();
    }

    boolean isWorkshop() {
        return kindAsked().filter(Kind.WORKSHOP::equals).isPresent();
    }
}
