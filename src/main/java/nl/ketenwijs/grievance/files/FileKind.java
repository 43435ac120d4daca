package nl.ketenwijs.grievance.files;

/** What a file sent with a complaint is meant to be: the person chooses it by the field they use. */
public enum FileKind {
    DOCUMENT,
    VOICE_NOTE
}
