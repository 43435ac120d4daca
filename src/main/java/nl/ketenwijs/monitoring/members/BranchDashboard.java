package nl.ketenwijs.monitoring.members;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.ketenwijs.organisation.BranchMembers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the branch progress page shows and does, for the page's controller. */
@Service
public class BranchDashboard {

    private static final int RECENT_MAILINGS = 10;

    /** The page's content: the branch's aggregates and its recent mailings. */
    public record View(UUID branch, BranchProgress progress, List<SentReminder> mailings) {}

    private final BranchMembers branchMembers;
    private final MemberProgress progress;
    private final MemberReminders reminders;

    BranchDashboard(BranchMembers branchMembers, MemberProgress progress, MemberReminders reminders) {
        this.branchMembers = branchMembers;
        this.progress = progress;
        this.reminders = reminders;
    }

    /** Empty when there is no such branch organisation. */
    @Transactional
    public Optional<View> of(UUID branch) {
        return branchMembers
                .name(branch)
                .map(name -> new View(branch, progress.of(branch, name), reminders.recent(branch, RECENT_MAILINGS)));
    }

    @Transactional
    public MailingOutcome remind(UUID branch, ReminderRequest request, String sentBy) {
        return reminders.send(branch, branchMembers.name(branch).orElseThrow(), request, sentBy);
    }
}
