package nl.ketenwijs.grievance.statistics;

/** The summary page's form: plain text and whether it is published (an unticked box sends nothing). */
record SummaryForm(String text, Boolean published) {

    boolean publish() {
        return Boolean.TRUE.equals(published);
    }
}
