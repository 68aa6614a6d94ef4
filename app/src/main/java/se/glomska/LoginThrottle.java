package se.glomska;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Slows password guessing down (docs/adr/0007): every failed login costs a token of the user name's
 * bucket and of the client address's bucket (Bucket4j token buckets, refilled little by little); while
 * either is empty every login of that name or from that address is refused at once with
 * {@link Throttled} (429 on the API) without checking the password, the right one included, so that
 * neither BCrypt's CPU nor the {@link CredentialCache} (which sits behind this check) can be used to go on
 * guessing. A successful login costs nothing. The buckets live in bounded caches (Caffeine), so that
 * invented user names cannot fill the memory.
 */
final class LoginThrottle implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    /** A login refused because too many failed ones came before it; {@link #retryAfterSeconds} says how long. */
    static final class Throttled extends LockedException {
        private final long retryAfterSeconds;

        Throttled(long retryAfterSeconds) {
            super("Too many failed logins; try again in " + retryAfterSeconds + " s");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** How many failed logins a bucket allows at once, and in how long it refills from empty. */
    record Limit(int failures, Duration refill) {
    }

    private final AuthenticationProvider check;
    private final Limit perUser;
    private final Limit perAddress;
    private final Cache<String, Bucket> users;
    private final Cache<String, Bucket> addresses;

    LoginThrottle(AuthenticationProvider check, Limit perUser, Limit perAddress) {
        this.check = check;
        this.perUser = perUser;
        this.perAddress = perAddress;
        // An entry unused for a whole refill period is full again: forgetting it changes nothing.
        this.users = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(perUser.refill()).build();
        this.addresses = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(perAddress.refill()).build();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return check.supports(authentication);
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        Bucket user = users.get(request.getName().toLowerCase(Locale.ROOT), name -> bucket(perUser));
        String address = request.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        Bucket from = address == null ? null : addresses.get(address, a -> bucket(perAddress));
        long wait = Math.max(nanosUntilAToken(user), from == null ? 0 : nanosUntilAToken(from));
        if (wait > 0) {
            log.debug("Login refused: too many failed logins for the user name or from the address");
            throw new Throttled(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait) + 1));
        }
        try {
            return check.authenticate(request);
        } catch (BadCredentialsException failed) {
            user.tryConsume(1);
            if (from != null) {
                from.tryConsume(1);
            }
            throw failed;
        }
    }

    private static long nanosUntilAToken(Bucket bucket) {
        return bucket.getAvailableTokens() > 0 ? 0 : Math.max(1, bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    private static Bucket bucket(Limit limit) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.failures()).refillGreedy(limit.failures(), limit.refill()).build())
                .build();
    }
}
