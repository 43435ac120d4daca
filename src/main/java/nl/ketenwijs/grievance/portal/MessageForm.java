package nl.ketenwijs.grievance.portal;

/** A message or more information from the complainant, as typed. */
record MessageForm(String kind, String text) {

    static MessageForm blank() {
        return new MessageForm("MESSAGE", null);
    }

    MessageForm withUnreadableMarked() {
        return new MessageForm(kind, UnreadableText.mark(text));
    }
}
