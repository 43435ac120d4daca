package nl.ketenwijs.supplychain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The certification schemes a supplier can hold, from a fixed list; the codes are stored and stable. UTZ
 * merged into Rainforest Alliance in 2018 and is kept for older records.
 */
public enum Certification {
    FAIRTRADE("fairtrade"),
    RAINFOREST_ALLIANCE("rainforest_alliance"),
    RSPO("rspo"),
    ORGANIC("organic"),
    MSC("msc"),
    ASC("asc"),
    BONSUCRO("bonsucro"),
    PROTERRA("proterra"),
    RTRS("rtrs"),
    UTZ("utz"),
    OTHER("other");

    private final String code;

    Certification(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The scheme's name, in messages.properties and messages_en.properties. */
    public String messageKey() {
        return "certification." + code;
    }

    public static Optional<Certification> byCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
