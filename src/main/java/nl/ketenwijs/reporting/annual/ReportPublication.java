package nl.ketenwijs.reporting.annual;

import java.util.UUID;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.shared.XhtmlPdf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

/**
 * Publishing a year's report is a job: gather the figures, write the document with its charts, lay out the PDF, freeze it all
 * as a new edition. It runs in the background as the secretariat, and reports each step, so the builder
 * shows how far it is; a failure marks the edition failed and publishes nothing.
 */
@Service
public class ReportPublication {

    static final int STEPS = 4;

    private static final Logger log = LoggerFactory.getLogger(ReportPublication.class);

    private final Editions editions;
    private final ReportAssembly assembly;
    private final ReportDocument document;
    private final TenantScope tenantScope;

    ReportPublication(Editions editions, ReportAssembly assembly, ReportDocument document, TenantScope tenantScope) {
        this.editions = editions;
        this.assembly = assembly;
        this.document = document;
        this.tenantScope = tenantScope;
    }

    /** Starts a new edition of the year; the work goes on in {@link #generate}. */
    public Edition start(int year, String by) {
        return editions.start(year, STEPS, by);
    }

    @Async
    public void generate(Edition edition, UUID secretariat) {
        run(edition, secretariat);
    }

    /** The job itself, on the caller's thread: for the demo at start-up and for tests. */
    public void run(Edition edition, UUID secretariat) {
        try {
            ReportSnapshot snapshot =
                    tenantScope.asOrganisation(secretariat, () -> assembly.assemble(edition.year(), edition.version()));
            editions.progress(edition.id(), 1);
            String xhtml = document.xhtml(snapshot);
            editions.progress(edition.id(), 2);
            byte[] pdf = XhtmlPdf.renderTagged(xhtml);
            editions.progress(edition.id(), 3);
            editions.publish(edition.id(), snapshot, pdf);
        } catch (RuntimeException e) {
            log.error("Edition {} of the {} report failed", edition.version(), edition.year(), e);
            editions.fail(edition.id());
        }
    }
}
