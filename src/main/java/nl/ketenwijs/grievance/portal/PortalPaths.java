package nl.ketenwijs.grievance.portal;

/** The portal answers under a Dutch and an English root; a visitor stays under the one they came in by. */
final class PortalPaths {

    static final String DUTCH = "/klacht";
    static final String ENGLISH = "/complaint";

    private PortalPaths() {}

    static String baseOf(String path) {
        return path.startsWith(ENGLISH) ? ENGLISH : DUTCH;
    }
}
