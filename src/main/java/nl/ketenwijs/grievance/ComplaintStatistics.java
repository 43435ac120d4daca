package nl.ketenwijs.grievance;

import java.util.List;
import nl.ketenwijs.grievance.statistics.FigureQueries;
import org.springframework.stereotype.Service;

/** The complaints mechanism's figures per year: for the annual report, the public page and the review. */
@Service
public class ComplaintStatistics {

    private final FigureQueries queries;

    ComplaintStatistics(FigureQueries queries) {
        this.queries = queries;
    }

    /** The figures of the cases received in this year. */
    public ComplaintFigures forYear(int year) {
        return queries.forYear(year);
    }

    /** The years in which cases were received, latest first, always with the current year. */
    public List<Integer> years() {
        return queries.years();
    }
}
