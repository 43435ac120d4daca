package nl.ketenwijs.organisation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import nl.ketenwijs.organisation.Language;
import nl.ketenwijs.organisation.OrganisationKind;
import nl.ketenwijs.organisation.Role;
import nl.ketenwijs.organisation.invitation.NewInvitation;
import nl.ketenwijs.organisation.registry.NewOrganisation;
import nl.ketenwijs.organisation.registry.SizeClass;
import org.springframework.validation.Errors;

/** A new organisation and its first admin, as the secretariat admin enters them. */
record OrganisationForm(
        @NotBlank(message = "{organisations.name.required}") @Size(max = 200, message = "{organisations.name.tooLong}")
        String name,

        @NotNull(message = "{organisations.kind.required}") OrganisationKind kind,
        SizeClass sizeClass,

        @Min(value = 0, message = "{organisations.employeeCount.invalid}")
        @Max(value = 10_000_000, message = "{organisations.employeeCount.invalid}")
        Integer employeeCount,

        List<UUID> branchIds,

        @EmailAddress String adminEmail,
        @PersonName String adminDisplayName,
        @NotNull(message = "{invite.role.required}") Role adminRole,
        @NotNull(message = "{invite.language.required}") Language adminLanguage) {

    static OrganisationForm empty(Language language) {
        return new OrganisationForm(
                null, OrganisationKind.COMPANY, null, null, List.of(), null, null, Role.COMPANY_ADMIN, language);
    }

    /** What only a company needs: its size and at least one branch organisation. */
    void checkCompanyFields(Errors errors) {
        if (kind != OrganisationKind.COMPANY) {
            return;
        }
        if (sizeClass == null) {
            errors.rejectValue("sizeClass", "organisations.sizeClass.required");
        }
        if (employeeCount == null) {
            errors.rejectValue("employeeCount", "organisations.employeeCount.required");
        }
        if (branchIds == null || branchIds.isEmpty()) {
            errors.rejectValue("branchIds", "organisations.branches.required");
        }
    }

    public boolean isMemberOf(UUID branch) {
        return branchIds != null && branchIds.contains(branch);
    }

    NewOrganisation organisation() {
        return new NewOrganisation(
                name,
                kind,
                sizeClass,
                employeeCount,
                branchIds == null ? null : new HashSet<>(branchIds),
                new NewInvitation(adminEmail, adminDisplayName, adminRole, adminLanguage));
    }
}
