package nl.ketenwijs.grievance.routing;

/** A company's answer to a forwarded complaint: its response and the remedy it offers. */
public record CompanyAnswer(String response, String remedy) {}
