package nl.ketenwijs.reporting.annual;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such year, no published edition yet, or no such chart: all look alike from outside. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ReportNotFound extends RuntimeException {

    public ReportNotFound() {
        super("No such annual report");
    }

    /** A reporting year as it appears in an address; anything else is not found rather than a bad request. */
    public static int year(String text) {
        if (text == null || !text.matches("2[0-9]{3}")) {
            throw new ReportNotFound();
        }
        return Integer.parseInt(text);
    }
}
