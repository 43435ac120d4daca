package nl.ketenwijs.grievance.portal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.ketenwijs.grievance.cases.ChildrenInvolved;
import nl.ketenwijs.grievance.cases.Complaint;
import nl.ketenwijs.grievance.cases.ComplaintContent;
import nl.ketenwijs.grievance.cases.ComplaintTheme;
import nl.ketenwijs.grievance.cases.Contact;
import nl.ketenwijs.grievance.cases.ContactChannel;
import nl.ketenwijs.grievance.cases.Gender;
import nl.ketenwijs.organisation.OrganisationRef;
import nl.ketenwijs.shared.PortalLanguage;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks a typed complaint form and turns it into a {@link Complaint}. Every message names its field in the
 * person's language (the field's label is an argument of the message), so a screen reader's list of errors
 * makes sense on its own.
 */
@Component
class ComplaintFormCheck {

    static final int LONG_TEXT = 10_000;
    static final int MEDIUM_TEXT = 3_000;
    static final int SHORT_TEXT = 200;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{6,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private final CountryChoices countries;
    private final PartnerChoices partners;

    ComplaintFormCheck(CountryChoices countries, PartnerChoices partners) {
        this.countries = countries;
        this.partners = partners;
    }

    /** The complaint, or empty with the reasons in errors. */
    Optional<Complaint> check(ComplaintForm form, Errors errors, Locale locale) {
        required(errors, "whatHappened", form.whatHappened());
        text(errors, "whatHappened", form.whatHappened(), LONG_TEXT);
        text(errors, "region", form.region(), SHORT_TEXT);
        text(errors, "place", form.place(), SHORT_TEXT);
        text(errors, "company", form.company(), SHORT_TEXT);
        text(errors, "since", form.since(), SHORT_TEXT);
        text(errors, "affected", form.affected(), MEDIUM_TEXT);
        text(errors, "wish", form.wish(), MEDIUM_TEXT);
        if (!blank(form.country()) && !countries.known(form.country())) {
            reject(errors, "country", "portal.error.choose");
        }
        Set<ComplaintTheme> themes = EnumSet.noneOf(ComplaintTheme.class);
        for (String theme : form.themes()) {
            choice(ComplaintTheme.class, theme)
                    .ifPresentOrElse(themes::add, () -> reject(errors, "themes", "portal.error.choose"));
        }
        Optional<Gender> gender = optionalChoice(errors, "gender", Gender.class, form.gender());
        Optional<ChildrenInvolved> children =
                optionalChoice(errors, "children", ChildrenInvolved.class, form.children());
        Optional<ContactChannel> channel = choice(ContactChannel.class, form.contactChannel());
        if (channel.isEmpty()) {
            reject(errors, "contactChannel", "portal.error.choose");
        }
        Contact contact = channel.map(chosen -> contact(chosen, form, errors)).orElse(null);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Complaint(
                new ComplaintContent(
                        form.whatHappened().strip(),
                        orNull(form.region()),
                        orNull(form.place()),
                        orNull(form.company()),
                        orNull(form.since()),
                        orNull(form.affected()),
                        orNull(form.wish())),
                orNull(form.country()),
                themes,
                gender.orElse(null),
                children.orElse(null),
                channel.orElseThrow(),
                contact,
                PortalLanguage.of(locale).orElse(PortalLanguage.EN).code()));
    }

    /** Only the fields of the chosen way to be reached are kept: a phone number typed and then left is dropped. */
    private Contact contact(ContactChannel channel, ComplaintForm form, Errors errors) {
        text(errors, "contactName", form.contactName(), SHORT_TEXT);
        return switch (channel) {
            case ANONYMOUS -> null;
            case PHONE -> {
                required(errors, "phone", form.phone());
                if (!blank(form.phone()) && !PHONE.matcher(form.phone().strip()).matches()) {
                    reject(errors, "phone", "portal.error.phone");
                }
                yield new Contact(orNull(form.contactName()), orNull(form.phone()), null, null, null);
            }
            case EMAIL -> {
                required(errors, "email", form.email());
                if (!blank(form.email()) && !EMAIL.matcher(form.email().strip()).matches()) {
                    reject(errors, "email", "portal.error.email");
                }
                yield new Contact(orNull(form.contactName()), null, orNull(form.email()), null, null);
            }
            case PARTNER -> {
                Optional<OrganisationRef> partner = partners.find(form.partner());
                if (partner.isEmpty()) {
                    reject(errors, "partner", "portal.error.choose");
                }
                yield partner.map(chosen ->
                                new Contact(orNull(form.contactName()), null, null, chosen.id(), chosen.name()))
                        .orElse(null);
            }
        };
    }

    private static void required(Errors errors, String field, String value) {
        TextChecks.required(errors, field, value, label(field));
    }

    private static void text(Errors errors, String field, String value, int limit) {
        TextChecks.text(errors, field, value, limit, label(field));
    }

    private static <E extends Enum<E>> Optional<E> optionalChoice(
            Errors errors, String field, Class<E> type, String value) {
        if (blank(value)) {
            return Optional.empty();
        }
        Optional<E> chosen = choice(type, value);
        if (chosen.isEmpty()) {
            reject(errors, field, "portal.error.choose");
        }
        return chosen;
    }

    private static <E extends Enum<E>> Optional<E> choice(Class<E> type, String value) {
        Map<String, E> byName =
                Arrays.stream(type.getEnumConstants()).collect(Collectors.toMap(Enum::name, Function.identity()));
        return Optional.ofNullable(value == null ? null : byName.get(value));
    }

    private static void reject(Errors errors, String field, String code) {
        TextChecks.reject(errors, field, code, label(field));
    }

    static DefaultMessageSourceResolvable label(String field) {
        return new DefaultMessageSourceResolvable("portal.form." + field);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String orNull(String value) {
        return blank(value) ? null : value.strip();
    }
}
