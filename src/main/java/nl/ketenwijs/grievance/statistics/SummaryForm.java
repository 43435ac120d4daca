package nl.ketenwijs.grievance.statistics;

/** The summary page's form: plain text and whether it is published. */
record SummaryForm(String text, boolean published) {}
