package nl.ketenwijs.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The checking half of the crash test (bench/crash): after the last restart, every receipt the phones wrote
 * down is typed in on the follow-up page like a person would; the case must open and show what that person
 * wrote (decrypted with the case's key: a torn or mixed-up case cannot show it), and the case must hold its
 * one photo. The photos are counted in the database as its superuser, because the follow-up page does not
 * show photos back on a phone that others may pick up.
 *
 * <p>Arguments: base address, receipts file, PostgreSQL data directory. Exits with 1 when a case is lost.
 */
public final class CrashCheck {

    private CrashCheck() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> lines = Files.readAllLines(Path.of(args[1]), StandardCharsets.US_ASCII).stream()
                .filter(line -> !line.isBlank())
                .toList();
        int port = Integer.parseInt(
                Files.readAllLines(Path.of(args[2], "postmaster.pid")).get(3).strip());
        int found = 0;
        int withPhoto = 0;
        try (Connection database =
                DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/ketenwijs", "postgres", "")) {
            PortalClient phone = new PortalClient(base);
            for (String line : lines) {
                String[] parts = line.split(";");
                String receipt = parts[0];
                UUID formKey = UUID.fromString(parts[1]);
                Optional<String> casePage = phone.follow(receipt);
                if (casePage.isPresent() && casePage.get().contains(CrashSubmitter.marker(formKey))) {
                    found++;
                } else {
                    System.err.println("Lost: the receipt of form " + formKey + " opens no case with its text");
                }
                if (photosOf(database, receipt.substring(0, 7)) == 1) {
                    withPhoto++;
                } else {
                    System.err.println("Lost: the case of form " + formKey + " has not its one photo");
                }
            }
        }
        int lost = lines.size() - Math.min(found, withPhoto);
        System.out.printf(
                "acknowledged %d, found %d, with their photo %d, lost %d%n", lines.size(), found, withPhoto, lost);
        System.exit(lost == 0 ? 0 : 1);
    }

    private static int photosOf(Connection database, String locator) throws Exception {
        try (PreparedStatement query = database.prepareStatement(
                "SELECT count(*) FROM grievance_photo p JOIN grievance_case c ON c.id = p.case_id"
                        + " WHERE c.locator = ? AND length(p.body) > 0")) {
            query.setString(1, locator);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
