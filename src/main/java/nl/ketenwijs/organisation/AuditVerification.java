package nl.ketenwijs.organisation;

/** The verifier's verdict: intact, or broken at the first row that does not fit the chain. */
public record AuditVerification(boolean intact, long rowsChecked, Long firstBrokenSeq) {

    static AuditVerification intact(long rowsChecked) {
        return new AuditVerification(true, rowsChecked, null);
    }

    static AuditVerification brokenAt(long seq, long rowsChecked) {
        return new AuditVerification(false, rowsChecked, seq);
    }
}
