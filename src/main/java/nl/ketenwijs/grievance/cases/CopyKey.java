package nl.ketenwijs.grievance.cases;

/**
 * The key of one copy that leaves the complaint wall (a copy forwarded to a company), with its sealed form
 * to store next to the copy. Values are AES-GCM with their place as associated data, as a case's are.
 */
public final class CopyKey {

    private final DataKey key;
    private final String wrapped;

    CopyKey(DataKey key, String wrapped) {
        this.key = key;
        this.wrapped = wrapped;
    }

    /** The key sealed under the master key, bound to its copy: store this, never the key. */
    public String wrapped() {
        return wrapped;
    }

    public byte[] encrypt(byte[] plaintext, String place) {
        return key.encrypt(plaintext, place);
    }

    /** @throws CaseUnreadable when the value was changed or belongs elsewhere */
    public byte[] decrypt(byte[] stored, String place) {
        return key.decrypt(stored, place);
    }

    @Override
    public String toString() {
        return "CopyKey[hidden]";
    }
}
