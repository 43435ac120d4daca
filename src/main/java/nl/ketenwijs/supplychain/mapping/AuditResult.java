package nl.ketenwijs.supplychain.mapping;

/** The outcome of a supplier's last audit; stored by its lower-case name. */
public enum AuditResult {
    PASSED,
    CONDITIONAL,
    FAILED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static AuditResult ofCode(String code) {
        return code == null ? null : valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
