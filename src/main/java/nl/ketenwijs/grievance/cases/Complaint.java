package nl.ketenwijs.grievance.cases;

import java.util.Set;

/**
 * A complaint as the person filed it. The plain choices (country, themes, gender, children, channel) route
 * and count cases; content and contact are encrypted. Without a contact channel the contact is null.
 */
public record Complaint(
        ComplaintContent content,
        String country,
        Set<ComplaintTheme> themes,
        Gender gender,
        ChildrenInvolved children,
        ContactChannel channel,
        Contact contact,
        String language) {

    public Complaint {
        themes = Set.copyOf(themes);
        if ((channel == ContactChannel.ANONYMOUS) != (contact == null)) {
            throw new IllegalArgumentException("An anonymous complaint has no contact, any other has one");
        }
    }
}
