package nl.ketenwijs.reporting.web;

import jakarta.validation.constraints.Size;

/** The secretariat's texts, plain text: markup is stored and shown as the characters typed. */
record TextsForm(
        @Size(max = 20000) String foreword,
        @Size(max = 20000) String outlook) {

    String forewordOrEmpty() {
        return foreword == null ? "" : foreword.strip();
    }

    String outlookOrEmpty() {
        return outlook == null ? "" : outlook.strip();
    }
}
