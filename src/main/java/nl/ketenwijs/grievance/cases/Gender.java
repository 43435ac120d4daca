package nl.ketenwijs.grievance.cases;

/** Optional, for the yearly figures on who complains; not giving it is always possible. */
public enum Gender {
    WOMAN,
    MAN,
    OTHER
}
