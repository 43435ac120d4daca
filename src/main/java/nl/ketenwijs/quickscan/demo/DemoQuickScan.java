package nl.ketenwijs.quickscan.demo;

import java.util.List;
import java.util.UUID;
import nl.ketenwijs.organisation.DemoSectorLoaded;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.quickscan.scan.Answers;
import nl.ketenwijs.quickscan.scan.ChosenStep;
import nl.ketenwijs.quickscan.scan.QuickScans;
import nl.ketenwijs.quickscan.scan.ScanMaterial;
import nl.ketenwijs.quickscan.scan.ScanProduct;
import nl.ketenwijs.quickscan.scan.StepTemplate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives one demo company a finished quick scan, so the summary and its PDF can be shown without filling one
 * in. Its answers are what the demo chain of that company already holds (demo/chains.csv). A company that
 * has a scan keeps it: what a demo user did stays at the next start.
 */
@Component
class DemoQuickScan {

    static final String COMPANY = "Koffiebranderij De Boon";
    static final String CREATED_BY = "demo";

    private static final Answers ANSWERS = new Answers(List.of(
            new ScanProduct(
                    "Espressobonen",
                    List.of(
                            new ScanMaterial("Arabica koffiebonen", "coffee", List.of("BRA", "COL", "ETH")),
                            new ScanMaterial("Robusta koffiebonen", "coffee", List.of("VNM", "UGA")))),
            new ScanProduct(
                    "Filterkoffie",
                    List.of(new ScanMaterial("Arabica koffiebonen", "coffee", List.of("HND", "GTM"))))));

    private static final List<ChosenStep> STEPS = List.of(
            new ChosenStep(StepTemplate.CERTIFICATION, null, "coffee", "BRA"),
            new ChosenStep(StepTemplate.LIVING_INCOME, null, "coffee", "ETH"),
            new ChosenStep(StepTemplate.CODE_OF_CONDUCT, null, null, null));

    private final QuickScans scans;
    private final TenantScope tenantScope;

    DemoQuickScan(QuickScans scans, TenantScope tenantScope) {
        this.scans = scans;
        this.tenantScope = tenantScope;
    }

    @EventListener
    void load(DemoSectorLoaded sector) {
        UUID company = sector.companies().get(COMPANY);
        if (company == null) {
            return;
        }
        tenantScope.asOrganisation(company, () -> {
            if (scans.all(company).isEmpty()) {
                scans.recordFinished(company, CREATED_BY, ANSWERS, STEPS);
            }
            return null;
        });
    }
}
