package se.glomska;

import org.junit.jupiter.api.Test;
import org.springframework.boot.security.autoconfigure.SecurityProperties;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configured users' passwords are BCrypt-encoded once at start-up: a wrong password for a real
 * user then costs the same BCrypt check as one for an unknown user, so the time of a 401 does not
 * tell which user names exist (issue 19, finding 4).
 */
class ConfiguredPasswordsTest {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void everyPlaintextPasswordIsStoredAsBcryptFromTheStart() {
        SecurityProperties properties = new SecurityProperties();
        properties.getUser().setName("admin");
        properties.getUser().setPassword("change-me");
        String bcrypt = encoder.encode("already-encoded");
        SecurityConfiguration.Users more = new SecurityConfiguration.Users(Map.of(
                "0", user("clerk", "plain"),
                "1", user("braced", "{Vinter}2025"),
                "2", user("noop", "{noop}given-plainly"),
                "3", user("encoded", bcrypt)));

        InMemoryUserDetailsManager users = SecurityConfiguration.users(properties, more);

        Map<String, String> passwords = Map.of("admin", "change-me", "clerk", "plain", "braced", "{Vinter}2025",
                "noop", "given-plainly", "encoded", "already-encoded");
        for (String name : List.of("admin", "clerk", "braced", "noop", "encoded")) {
            String stored = users.loadUserByUsername(name).getPassword();
            assertThat(stored).as(name).startsWith("{bcrypt}");
            assertThat(encoder.matches(passwords.get(name), stored)).as(name + " still logs in").isTrue();
        }
        assertThat(users.loadUserByUsername("encoded").getPassword()).isEqualTo(bcrypt);
    }

    private static SecurityProperties.User user(String name, String password) {
        SecurityProperties.User user = new SecurityProperties.User();
        user.setName(name);
        user.setPassword(password);
        user.setRoles(List.of("USER"));
        return user;
    }
}
