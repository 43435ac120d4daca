package nl.ketenwijs.organisation;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is in the covenant, in numbers: what every participant may know of the sector's make-up, and what a
 * branch organisation may know of its own members. Counts only, never another company's details.
 */
@Service
public class SectorDirectory {

    /** Companies and SMEs, branch organisations and partners of the covenant. */
    public record SectorOverview(int companies, int smes, int branches, int partners) {}

    /** The members of one branch organisation. */
    public record BranchOverview(int members, int smeMembers) {}

    private final JdbcClient jdbc;

    SectorDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every company's id, for work done company by company, each in its own tenant scope. */
    @Transactional(readOnly = true)
    public List<UUID> companyIds() {
        return jdbc.sql("SELECT id FROM organisation WHERE kind = 'COMPANY' ORDER BY id")
                .query(UUID.class)
                .list();
    }

    @Transactional(readOnly = true)
    public SectorOverview sector() {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE kind = 'COMPANY') AS companies,
                               count(*) FILTER (WHERE kind = 'COMPANY' AND size_class = 'SME') AS smes,
                               count(*) FILTER (WHERE kind = 'BRANCH_ORGANISATION') AS branches,
                               count(*) FILTER (WHERE kind = 'PARTNER') AS partners
                          FROM organisation
                        """).query(SectorOverview.class).single();
    }

    @Transactional(readOnly = true)
    public BranchOverview branch(UUID branchId) {
        return jdbc.sql("""
                        SELECT count(*) AS members, count(*) FILTER (WHERE o.size_class = 'SME') AS sme_members
                          FROM branch_membership m JOIN organisation o ON o.id = m.company_id
                         WHERE m.branch_id = :branch
                        """)
                .param("branch", branchId)
                .query(BranchOverview.class)
                .single();
    }

    /** The branch organisations a company belongs to, by name. */
    @Transactional(readOnly = true)
    public List<String> branchNamesOf(UUID companyId) {
        return jdbc.sql("""
                        SELECT b.name FROM branch_membership m JOIN organisation b ON b.id = m.branch_id
                         WHERE m.company_id = :company ORDER BY b.name
                        """).param("company", companyId).query(String.class).list();
    }

    /**
     * The covenant's NGO and union partners, by name: a complainant may choose one to be reached through.
     * Their names are public, as the covenant's parties are.
     */
    @Transactional(readOnly = true)
    public List<OrganisationRef> partners() {
        return jdbc.sql("SELECT id, name, kind FROM organisation WHERE kind = 'PARTNER' ORDER BY name")
                .query((rs, n) -> new OrganisationRef(
                        rs.getObject("id", UUID.class), rs.getString("name"), OrganisationKind.PARTNER))
                .list();
    }

    /** People of the caller's own organisation: row-level security shows no one else's. */
    @Transactional(readOnly = true)
    public int peopleInOwnOrganisation() {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE organisation_id = kw_tenant() AND enabled")
                .query(Integer.class)
                .single();
    }

    /**
     * Every member company by name, for the secretariat's choices (whom an annual-report example quotes).
     * The covenant's participants are public, as its parties are.
     */
    @Transactional(readOnly = true)
    public List<OrganisationRef> companies() {
        return jdbc.sql("SELECT id, name FROM organisation WHERE kind = 'COMPANY' ORDER BY name")
                .query((rs, n) -> new OrganisationRef(
                        rs.getObject("id", UUID.class), rs.getString("name"), OrganisationKind.COMPANY))
                .list();
    }
}
