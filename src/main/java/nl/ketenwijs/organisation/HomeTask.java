package nl.ketenwijs.organisation;

import java.util.List;

/** Something on a person's start page that waits for them: what (a message key and its values) and where to act. */
public record HomeTask(String messageKey, List<Object> arguments, String link) {

    public HomeTask {
        arguments = List.copyOf(arguments);
    }
}
