package nl.ketenwijs.grievance.portal;

/** The portal answers under a Dutch and an English root; a visitor stays under the one they came in by. */
final class PortalPaths {

    static final String DUTCH = "/klacht";
    static final String ENGLISH = "/complaint";

    private PortalPaths() {}

    static boolean isPortal(String path) {
        return under(path, DUTCH) || under(path, ENGLISH);
    }

    static String baseOf(String path) {
        return path.startsWith(ENGLISH) ? ENGLISH : DUTCH;
    }

    private static boolean under(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }
}
