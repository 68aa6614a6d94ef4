package se.glomska;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a short while, that a user's password was verified, so that an API client sending
 * HTTP Basic with every request pays the deliberately slow password check (BCrypt, ~70 ms of CPU)
 * once per {@code ttl} instead of on every request. The same design as the credential cache of
 * Elasticsearch's security realms: what is kept is a salted SHA-256 of the password (a fresh random
 * salt per entry), never the password; a request whose password does not match goes to the real
 * check, so a wrong guess always costs the full BCrypt; entries expire after {@code ttl} (a disabled
 * user or a changed password takes effect within it) and there are at most {@code maxUsers}: when
 * that many live entries exist, a new login is checked but not remembered, so no one can flush the
 * others' entries.
 */
final class CredentialCache implements AuthenticationProvider {

    private record Verified(byte[] salt, byte[] hash, Authentication result, Instant until) {
    }

    private final AuthenticationProvider passwordCheck;
    private final Duration ttl;
    private final int maxUsers;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    CredentialCache(AuthenticationProvider passwordCheck, Duration ttl, int maxUsers, Clock clock) {
        this.passwordCheck = passwordCheck;
        this.ttl = ttl;
        this.maxUsers = maxUsers;
        this.clock = clock;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        // User names are case-insensitive (as in the user store): one entry per user, whatever the case.
        String username = request.getName().toLowerCase(Locale.ROOT);
        if (!(request.getCredentials() instanceof String password)) {
            return passwordCheck.authenticate(request);
        }
        Instant now = clock.instant();
        Verified known = verified.get(username);
        if (known != null && now.isBefore(known.until())
                && MessageDigest.isEqual(known.hash(), hash(known.salt(), password))) {
            return copy(known.result(), request);
        }
        Authentication result = passwordCheck.authenticate(request);
        if (result != null && result.isAuthenticated()) {
            remember(username, password, result, now);
        }
        return result;
    }

    private void remember(String username, String password, Authentication result, Instant now) {
        if (verified.size() >= maxUsers && !verified.containsKey(username)) {
            verified.values().removeIf(v -> !now.isBefore(v.until()));
            if (verified.size() >= maxUsers) {
                return; // full of live entries: this login is not remembered, nobody else's is forgotten
            }
        }
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        // The result is copied without credentials: the provider manager erases those of what it returns.
        verified.put(username, new Verified(salt, hash(salt, password), copy(result, result), now.plus(ttl)));
    }

    private static Authentication copy(Authentication result, Authentication request) {
        UsernamePasswordAuthenticationToken copy = UsernamePasswordAuthenticationToken.authenticated(
                result.getPrincipal(), null, result.getAuthorities());
        copy.setDetails(request.getDetails());
        return copy;
    }

    private static byte[] hash(byte[] salt, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
