package nl.ketenwijs.actions.plan.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.ketenwijs.actions.plan.FieldProblems;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Problems in the reader's language, by field, in the order of the form; and who may change plans. */
@Component
public class ProblemMessages {

    static final String READERS = "hasAnyRole('COMPANY_ADMIN', 'COMPANY_EDITOR', 'COMPANY_VIEWER')";
    static final String EDITORS = "hasAnyRole('COMPANY_ADMIN', 'COMPANY_EDITOR')";

    private final MessageSource messages;

    ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    public Map<String, String> in(FieldProblems problems, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.inOrder()
                .forEach(entry -> byField.put(
                        entry.getKey(),
                        messages.getMessage(
                                entry.getValue().key(),
                                entry.getValue().arguments().toArray(),
                                locale)));
        return byField;
    }

    /** What a refused form held, by field name, to show it back: names and values in turns; values may be null. */
    public static Map<String, String> given(String... namesAndValues) {
        Map<String, String> given = new java.util.HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            given.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return given;
    }

    static boolean mayEdit(Account account) {
        return account.role() == Role.COMPANY_ADMIN || account.role() == Role.COMPANY_EDITOR;
    }
}
