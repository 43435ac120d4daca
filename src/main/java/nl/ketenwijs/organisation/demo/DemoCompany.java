package nl.ketenwijs.organisation.demo;

import java.util.List;

/** A fictional member company: its name, head count and the branch organisations it belongs to. */
record DemoCompany(String name, int employees, List<String> branches) {

    /** Under 250 employees counts as an SME, as in the EU definition. */
    String sizeClass() {
        return employees < 250 ? "SME" : "LARGE";
    }

    String slug() {
        return DemoSector.slug(name);
    }
}
