package nl.ketenwijs.grievance.handling;

import static nl.ketenwijs.grievance.cases.CaseStatus.ACKNOWLEDGED;
import static nl.ketenwijs.grievance.cases.CaseStatus.ADMISSIBILITY;
import static nl.ketenwijs.grievance.cases.CaseStatus.APPEALED;
import static nl.ketenwijs.grievance.cases.CaseStatus.CLOSED;
import static nl.ketenwijs.grievance.cases.CaseStatus.DIALOGUE;
import static nl.ketenwijs.grievance.cases.CaseStatus.MEDIATION;
import static nl.ketenwijs.grievance.cases.CaseStatus.RECEIVED;
import static nl.ketenwijs.grievance.cases.CaseStatus.REMEDY_AGREED;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ketenwijs.grievance.cases.CaseStatus;

/**
 * The rules of procedure as a fixed graph: which stage may follow which. A closed case may be appealed to
 * the independent committee, whose decision closes it again.
 */
public final class CaseFlow {

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = Map.of(
            RECEIVED, EnumSet.of(ACKNOWLEDGED),
            ACKNOWLEDGED, EnumSet.of(ADMISSIBILITY),
            ADMISSIBILITY, EnumSet.of(DIALOGUE, CLOSED),
            DIALOGUE, EnumSet.of(MEDIATION, REMEDY_AGREED, CLOSED),
            MEDIATION, EnumSet.of(REMEDY_AGREED, CLOSED),
            REMEDY_AGREED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.of(APPEALED),
            APPEALED, EnumSet.of(CLOSED));

    /** Stages that answer the complainant on the substance: entering one meets the feedback deadline. */
    private static final Set<CaseStatus> FEEDBACK = EnumSet.of(DIALOGUE, MEDIATION, REMEDY_AGREED, CLOSED, APPEALED);

    private CaseFlow() {}

    public static boolean allows(CaseStatus from, CaseStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** The stages a case may move to from here, in the order of the procedure. */
    public static List<CaseStatus> next(CaseStatus from) {
        return List.copyOf(NEXT.get(from));
    }

    static boolean givesFeedback(CaseStatus to) {
        return FEEDBACK.contains(to);
    }
}
