package se.glomska;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialCacheTest {

    private static final Duration TTL = Duration.ofMinutes(5);

    private final AtomicInteger passwordChecks = new AtomicInteger();
    private final MovableClock clock = new MovableClock();
    private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
            User.withUsername("operator").password(new BCryptPasswordEncoder(4).encode("secret")).roles("USER").build(),
            User.withUsername("clerk").password(new BCryptPasswordEncoder(4).encode("other")).roles("USER").build());
    private final CredentialCache cache = new CredentialCache(passwordCheck(), TTL, 100, clock);

    @Test
    void aVerifiedPasswordIsNotCheckedAgainWithinTheTimeToLive() {
        Authentication first = cache.authenticate(login("operator", "secret"));
        Authentication second = cache.authenticate(login("operator", "secret"));

        assertThat(passwordChecks).hasValue(1);
        assertThat(second.isAuthenticated()).isTrue();
        assertThat(second.getName()).isEqualTo("operator");
        assertThat(second.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("ROLE_USER")
                .containsExactlyElementsOf(first.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
        assertThat(second.getCredentials()).isNull();
        assertThat(second).isNotSameAs(first);
    }

    @Test
    void aWrongPasswordForARememberedUserGetsTheFullCheckAndIsRefused() {
        cache.authenticate(login("operator", "secret"));

        assertThatThrownBy(() -> cache.authenticate(login("operator", "secret ")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(passwordChecks).hasValue(2);
        // The right password is still remembered.
        cache.authenticate(login("operator", "secret"));
        assertThat(passwordChecks).hasValue(2);
    }

    @Test
    void anotherUserWithTheSamePasswordIsNotLetIn() {
        cache.authenticate(login("operator", "secret"));

        assertThatThrownBy(() -> cache.authenticate(login("clerk", "secret")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void afterTheTimeToLiveThePasswordIsCheckedAgain() {
        cache.authenticate(login("operator", "secret"));
        clock.advance(TTL.minusSeconds(1));
        cache.authenticate(login("operator", "secret"));
        assertThat(passwordChecks).hasValue(1);

        clock.advance(Duration.ofSeconds(1));
        cache.authenticate(login("operator", "secret"));
        assertThat(passwordChecks).hasValue(2);
    }

    @Test
    void aPasswordChangedMeanwhileTakesEffectWhenTheEntryExpires() {
        cache.authenticate(login("operator", "secret"));
        users.updatePassword(users.loadUserByUsername("operator"), new BCryptPasswordEncoder(4).encode("new"));

        clock.advance(TTL);
        assertThatThrownBy(() -> cache.authenticate(login("operator", "secret")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(cache.authenticate(login("operator", "new")).isAuthenticated()).isTrue();
    }

    @Test
    void aUserNameInOtherCaseIsTheSameUserAndTheSameEntry() {
        cache.authenticate(login("operator", "secret"));

        Authentication shouted = cache.authenticate(login("OPERATOR", "secret"));

        assertThat(passwordChecks).hasValue(1);
        assertThat(shouted.getName()).isEqualTo("operator");
    }

    @Test
    void whenFullANewLoginIsCheckedButNotRememberedAndNobodyElseIsForgotten() {
        CredentialCache small = new CredentialCache(passwordCheck(), TTL, 1, clock);
        small.authenticate(login("operator", "secret"));

        small.authenticate(login("clerk", "other"));
        small.authenticate(login("clerk", "other"));
        assertThat(passwordChecks).as("clerk checked each time").hasValue(3);
        small.authenticate(login("operator", "secret"));
        assertThat(passwordChecks).as("operator still remembered").hasValue(3);

        clock.advance(TTL);
        small.authenticate(login("clerk", "other"));
        small.authenticate(login("clerk", "other"));
        assertThat(passwordChecks).as("the expired entry made room for clerk").hasValue(4);
    }

    @Test
    void refusedLoginsAreNeverRemembered() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> cache.authenticate(login("operator", "guess")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(passwordChecks).hasValue(3);
    }

    private DaoAuthenticationProvider passwordCheck() {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                return bcrypt.encode(rawPassword);
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                passwordChecks.incrementAndGet();
                return bcrypt.matches(rawPassword, encodedPassword);
            }
        };
        DaoAuthenticationProvider check = new DaoAuthenticationProvider(users);
        check.setPasswordEncoder(counting);
        return check;
    }

    private static UsernamePasswordAuthenticationToken login(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-29T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
