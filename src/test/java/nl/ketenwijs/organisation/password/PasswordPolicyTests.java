package nl.ketenwijs.organisation.password;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongUncommonPassword() {
        assertThat(policy.problemWith("paarse olifant danst op woensdag", "eva@example.org"))
                .isEmpty();
    }

    @Test
    void refusesFewerThanTwelveCharacters() {
        assertThat(policy.problemWith("kort-maar-1", "eva@example.org")).contains(PasswordProblem.TOO_SHORT);
        assertThat(policy.problemWith(null, "eva@example.org")).contains(PasswordProblem.TOO_SHORT);
    }

    @Test
    void refusesMoreThan128Characters() {
        assertThat(policy.problemWith("a".repeat(129), "eva@example.org")).contains(PasswordProblem.TOO_LONG);
        assertThat(policy.problemWith("ab".repeat(64), "eva@example.org")).isEmpty();
    }

    @Test
    void refusesACommonPasswordWhateverItsCase() {
        assertThat(policy.problemWith("password1234", "eva@example.org")).contains(PasswordProblem.COMMON);
        assertThat(policy.problemWith("PassWord1234", "eva@example.org")).contains(PasswordProblem.COMMON);
        assertThat(policy.problemWith("QWERTYUIOPASDFGH", "eva@example.org")).contains(PasswordProblem.COMMON);
    }

    @Test
    void refusesTheOwnEmailAddress() {
        assertThat(policy.problemWith("Eva.Editor@Example.org", "eva.editor@example.org"))
                .contains(PasswordProblem.SAME_AS_EMAIL);
    }

    @Test
    void shipsTheListWithItsSource() {
        assertThat(getClass().getClassLoader().getResource("passwords/NOTICE.txt"))
                .isNotNull();
        assertThat(getClass().getClassLoader().getResource(PasswordPolicy.COMMON_PASSWORDS))
                .isNotNull();
    }
}
