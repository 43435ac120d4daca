package nl.ketenwijs.organisation;

import java.util.List;

/**
 * A module that knows of work waiting for someone puts it on their start page by implementing this; the
 * start page asks every source. It runs in the person's own request, so row-level security applies.
 */
public interface HomeTaskSource {

    List<HomeTask> tasksFor(Account account);
}
