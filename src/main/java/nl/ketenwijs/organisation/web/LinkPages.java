package nl.ketenwijs.organisation.web;

import jakarta.servlet.http.HttpServletResponse;

/** The one answer to an unknown, used or expired link, whatever kind of link it was. */
final class LinkPages {

    static final String INVALID = "invitation/invalid";

    private LinkPages() {}

    static String invalid(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return INVALID;
    }
}
