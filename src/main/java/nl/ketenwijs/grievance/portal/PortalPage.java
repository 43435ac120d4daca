package nl.ketenwijs.grievance.portal;

import java.util.List;

/**
 * What every portal page needs around its content: the root it was reached under ({@code /klacht} or
 * {@code /complaint}, so that links stay on it), its language and writing direction, and the same page in
 * each portal language.
 */
record PortalPage(String base, String language, String direction, List<LanguageChoice> languages) {

    /** A language named in itself, so a person finds their own language whatever the page speaks now. */
    record LanguageChoice(String code, String name, String direction, String href, boolean current) {}
}
