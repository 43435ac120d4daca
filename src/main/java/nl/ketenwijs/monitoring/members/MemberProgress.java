package nl.ketenwijs.monitoring.members;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.ketenwijs.actions.PlanFigures;
import nl.ketenwijs.organisation.BranchMembers;
import nl.ketenwijs.riskanalysis.RegisterProgress;
import nl.ketenwijs.supplychain.ChainProgress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out a branch organisation's member progress from the modules that hold the members' work; each
 * answers with the ids of the members that took a step, never with their data.
 */
@Service
class MemberProgress {

    private static final String SME = "SME";

    private final BranchMembers branchMembers;
    private final ChainProgress chains;
    private final RegisterProgress registers;
    private final PlanFigures plans;

    MemberProgress(BranchMembers branchMembers, ChainProgress chains, RegisterProgress registers, PlanFigures plans) {
        this.branchMembers = branchMembers;
        this.chains = chains;
        this.registers = registers;
        this.plans = plans;
    }

    @Transactional
    public BranchProgress of(UUID branch, String branchName) {
        List<BranchMembers.Member> members = branchMembers.of(branch);
        List<UUID> ids = ids(members);
        Map<ProgressIndicator, Set<UUID>> took = took(ids);
        List<BranchProgress.Row> rows = new ArrayList<>();
        took.forEach((indicator, done) -> rows.add(new BranchProgress.Row(
                indicator.name(),
                indicator.messageKey(),
                share(members, m -> true, done),
                share(members, m -> SME.equals(m.sizeClass()), done),
                share(members, m -> !SME.equals(m.sizeClass()), done))));
        Set<UUID> genderRisks = registers.withGenderRisks(ids);
        Set<UUID> genderMeasures = having(List.copyOf(genderRisks), figures -> figures.genderResponsive() > 0);
        return new BranchProgress(
                branchName,
                new Share(members.size(), members.size()),
                rows,
                share(members, m -> true, genderRisks),
                share(members, m -> genderRisks.contains(m.companyId()), genderMeasures));
    }

    /** The members that have not taken the step: the recipients of a reminder, never shown to anyone. */
    @Transactional
    public List<UUID> lagging(List<UUID> members, ProgressIndicator indicator) {
        Set<UUID> done = done(indicator, members);
        return members.stream().filter(id -> !done.contains(id)).toList();
    }

    List<UUID> memberIds(UUID branch) {
        return ids(branchMembers.of(branch));
    }

    private Map<ProgressIndicator, Set<UUID>> took(List<UUID> ids) {
        Map<ProgressIndicator, Set<UUID>> took = new EnumMap<>(ProgressIndicator.class);
        for (ProgressIndicator indicator : ProgressIndicator.values()) {
            took.put(indicator, done(indicator, ids));
        }
        return took;
    }

    private Set<UUID> done(ProgressIndicator indicator, List<UUID> ids) {
        return switch (indicator) {
            case MAPPED_CHAIN -> chains.withMappedChain(ids);
            case JUDGED_REGISTER -> registers.withJudgedRegister(ids);
            case WITH_PLAN -> having(ids, figures -> figures.plans() > 0);
        };
    }

    /** Plans are counted company by company, each in its own tenant: the counts leave it, never the plans. */
    private Set<UUID> having(List<UUID> ids, Predicate<PlanFigures.Figures> test) {
        return ids.stream().filter(id -> test.test(plans.of(id))).collect(Collectors.toSet());
    }

    private static Share share(
            List<BranchMembers.Member> members, Predicate<BranchMembers.Member> inGroup, Set<UUID> done) {
        List<BranchMembers.Member> group = members.stream().filter(inGroup).toList();
        return new Share(group.size(), (int)
                group.stream().filter(m -> done.contains(m.companyId())).count());
    }

    private static List<UUID> ids(List<BranchMembers.Member> members) {
        return members.stream().map(BranchMembers.Member::companyId).toList();
    }
}
