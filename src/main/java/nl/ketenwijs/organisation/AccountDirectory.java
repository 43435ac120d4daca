package nl.ketenwijs.organisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the person behind a login name; a disabled account cannot log in. */
@Service
public class AccountDirectory implements UserDetailsService {

    private final JdbcClient jdbc;

    AccountDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql(
                        "SELECT username, password_hash, enabled FROM app_user WHERE lower(username) = lower(:username)")
                .param("username", username)
                .query((rs, row) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .disabled(!rs.getBoolean("enabled"))
                        .roles("USER")
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No account for that name"));
    }
}
