package nl.ketenwijs.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * The CPU time this JVM and the database server have used so far, read from {@code /proc}: a turn's use
 * divided by its operations says what one operation costs, however busy the rest of the machine was.
 * Linux only; elsewhere the database's share reads as zero.
 */
final class CpuUse {

    /** USER_HZ, the unit of the times in {@code /proc/<pid>/stat}, on every Linux we run on. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final long postmaster;

    private CpuUse(long postmaster) {
        this.postmaster = postmaster;
    }

    /** The server is found by the parent of a backend process. */
    static CpuUse of(BenchDatabase database) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT pg_backend_pid()")) {
            result.next();
            long[] backend = stat(Path.of("/proc", Long.toString(result.getLong(1)), "stat"));
            return new CpuUse(backend == null ? -1 : backend[0]);
        }
    }

    /** JVM and database CPU time used so far, in nanoseconds. */
    record Sample(long jvm, long database) {

        Sample since(Sample earlier) {
            return new Sample(jvm - earlier.jvm, database - earlier.database);
        }

        Sample plus(Sample other) {
            return new Sample(jvm + other.jvm, database + other.database);
        }
    }

    Sample now() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return new Sample(jvm, databaseTicks() * NANOS_PER_TICK);
    }

    private long databaseTicks() {
        if (postmaster < 0) {
            return 0;
        }
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes
                    .filter(dir -> dir.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(dir -> {
                        long[] process = stat(dir.resolve("stat"));
                        boolean server = process != null
                                && (process[0] == postmaster
                                        || dir.getFileName().toString().equals(Long.toString(postmaster)));
                        return server ? process[1] : 0;
                    })
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Parent pid and user + system ticks of a process, or null when it is gone. */
    private static long[] stat(Path file) {
        try {
            String line = Files.readString(file);
            // The command name in parentheses may contain spaces: the fields are counted after its ')'.
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(fields[1]), Long.parseLong(fields[11]) + Long.parseLong(fields[12])};
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }
}
