package se.glomska;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every endpoint needs an authenticated user: HTTP Basic for {@code /api}, a login form for pages.
 * Roles: {@code USER} works with business data, {@code DATA_PROTECTION} erases customers, exports
 * their data and reads the erasure log and the access record of restricted bookkeeping records,
 * {@code BOOKKEEPING} reads those records as issued (checked where they are read, each read recorded). Users come from {@code spring.security.user.*} and the list
 * {@code glomska.security.users}; there is no built-in password.
 */
@Configuration
@EnableConfigurationProperties({SecurityProperties.class, SecurityConfiguration.Users.class})
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    /** {@code {id}rest}: an encoded password names its encoding first. */
    private static final Pattern ENCODED = Pattern.compile("^\\{([^{}]+)}(.*)$", Pattern.DOTALL);
    /** Encodings kept as configured: those this application can check (BCrypt and PBKDF2 need no other library). */
    private static final java.util.Set<String> KEPT_ENCODINGS = java.util.Set.of("bcrypt", "pbkdf2",
            "pbkdf2@SpringSecurity_v5_8");
    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder();
    private static final Pattern BASIC = Pattern.compile("^(?i:Basic) [A-Za-z0-9+/]+=*\\s*$");
    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /**
     * More users besides Spring Boot's {@code spring.security.user}, as {@code glomska.security.users[n].*}:
     * keyed by their index, so that the indexes need not be contiguous.
     */
    @ConfigurationProperties("glomska.security")
    record Users(Map<String, SecurityProperties.User> users) {
        Users {
            users = users == null ? Map.of() : new TreeMap<>(users);
        }
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    static InMemoryUserDetailsManager users(SecurityProperties properties, Users more) {
        List<UserDetails> users = new ArrayList<>();
        SecurityProperties.User main = properties.getUser();
        if (main.isPasswordGenerated()) {
            log.warn("Using generated security password for user '{}': {} (set spring.security.user.password)",
                    main.getName(), main.getPassword());
        }
        users.add(user(main));
        more.users().values().forEach(u -> users.add(user(u)));
        return new InMemoryUserDetailsManager(users);
    }

    private static UserDetails user(SecurityProperties.User user) {
        return User.withUsername(user.getName()).password(stored(user.getPassword()))
                .roles(user.getRoles().toArray(String[]::new)).build();
    }

    /**
     * A configured password as the user store keeps it: one already encoded with BCrypt or PBKDF2 as it
     * is; anything else ({@code {noop}secret}, or a plaintext such as {@code {Vinter}2025} that only looks
     * encoded) BCrypt-encoded now, at start-up, so that a wrong password for a real user costs the same
     * BCrypt check as one for an unknown user and the time of a 401 does not tell which names exist.
     */
    private static String stored(String configured) {
        Matcher encoded = ENCODED.matcher(configured);
        if (encoded.matches() && KEPT_ENCODINGS.contains(encoded.group(1))) {
            return configured;
        }
        String plain = encoded.matches() && encoded.group(1).equals("noop") ? encoded.group(2) : configured;
        return "{bcrypt}" + BCRYPT.encode(plain);
    }

    /**
     * The password check of the configured users (BCrypt-encoded at start-up), behind a
     * {@link CredentialCache} (API clients send HTTP Basic with every request, and a BCrypt check per
     * request would cost each one ~70 ms of CPU), behind a {@link LoginThrottle} that refuses logins of a
     * user name or from an address after too many failed ones, before the cache is asked.
     */
    @Bean
    AuthenticationProvider authenticationProvider(SecurityProperties properties, Users more,
                                                  PasswordEncoder passwordEncoder, Clock clock,
                                                  @Value("${glomska.security.credential-cache-ttl:5m}") Duration ttl,
                                                  @Value("${glomska.security.throttle.user-failures:10}") int userFailures,
                                                  @Value("${glomska.security.throttle.user-refill:5m}") Duration userRefill,
                                                  @Value("${glomska.security.throttle.address-failures:30}") int addressFailures,
                                                  @Value("${glomska.security.throttle.address-refill:1m}") Duration addressRefill) {
        InMemoryUserDetailsManager users = users(properties, more);
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        return new LoginThrottle(new CredentialCache(passwordCheck, ttl, 10_000, clock),
                new LoginThrottle.Limit(userFailures, userRefill), new LoginThrottle.Limit(addressFailures, addressRefill));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json) throws Exception {
        return http
                .securityMatcher("/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**").permitAll()
                        .requestMatchers("/api/customers/*/erasure", "/api/customers/*/erasure/review",
                                "/api/customers/*/personal-data", "/api/erasures",
                                "/api/erasure-requests", "/api/erasure-requests/**")
                        .hasRole("DATA_PROTECTION")
                        .requestMatchers("/actuator/**").hasRole("DATA_PROTECTION")
                        .requestMatchers("/api/restricted-access").hasRole("DATA_PROTECTION")
                        .requestMatchers("/api/retention/**").hasRole("DATA_PROTECTION")
                        .anyRequest().hasRole("USER"))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    if (e instanceof LoginThrottle.Throttled throttled) {
                        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
                        problem(response, json, HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts",
                                "Too many failed logins for this user name or from this address; try again later.");
                    } else {
                        problem(response, json, HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication is required.");
                    }
                }))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) -> {
                    if (e instanceof CsrfException) {
                        problem(response, json, HttpStatus.FORBIDDEN, "csrf", "The CSRF token of the session is missing"
                                + " or wrong: send the page's token, or send HTTP Basic credentials instead of the session.");
                    } else {
                        problem(response, json, HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this.");
                    }
                }))
                // HTTP Basic creates no session, and neither does a refused request (nothing is saved to
                // replay after a login); a browser already logged in through the pages may use its session
                // for the API (the personal-data download, record links)...
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                // ...unless the request carries HTTP Basic credentials: then they alone count, checked
                // every time, so that a session cannot stand in for a wrong password...
                .securityContext(context -> context.securityContextRepository(new SessionUnlessBasic()))
                // ...and a change by session needs the CSRF token, as on the pages. Only requests with
                // HTTP Basic credentials (checked, see above) or no session at all skip it.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::changeBySession))
                .build();
    }

    /**
     * The web pages: the login form at {@code /login}, CSRF protection on every form (Spring Security's
     * default, kept on), the GDPR page and the erasure log for DATA_PROTECTION only.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/login", "/css/**", "/js/**", "/favicon.ico").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/gdpr", "/gdpr/**", "/erasures", "/erasures/**").hasRole("DATA_PROTECTION")
                        .requestMatchers("/restricted-access").hasRole("DATA_PROTECTION")
                        .requestMatchers("/retention", "/retention/**").hasRole("DATA_PROTECTION")
                        .anyRequest().hasRole("USER"))
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(Customizer.withDefaults())
                .build();
    }

    private static boolean changeBySession(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod())
                && !hasBasicCredentials(request)
                && request.getRequestedSessionId() != null;
    }

    /** {@code Authorization: Basic <base64 of name:password>}, the only header that stands for a session. */
    private static boolean hasBasicCredentials(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !BASIC.matcher(header).matches()) {
            return false;
        }
        try {
            return new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8).indexOf(':') > 0;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /**
     * The session's security context, except for requests with HTTP Basic credentials: those start with
     * an empty one, so that the credentials are always checked (a session of the same user would
     * otherwise stand in for them), and nothing is saved for them.
     */
    private static final class SessionUnlessBasic implements SecurityContextRepository {
        private final HttpSessionSecurityContextRepository session = new HttpSessionSecurityContextRepository();

        @Override
        @SuppressWarnings("deprecation")
        public SecurityContext loadContext(org.springframework.security.web.context.HttpRequestResponseHolder holder) {
            return hasBasicCredentials(holder.getRequest()) ? SecurityContextHolder.createEmptyContext()
                    : session.loadContext(holder);
        }

        @Override
        public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
            if (!hasBasicCredentials(request)) {
                return session.loadDeferredContext(request);
            }
            return new DeferredSecurityContext() {
                @Override
                public SecurityContext get() {
                    return SecurityContextHolder.createEmptyContext();
                }

                @Override
                public boolean isGenerated() {
                    return true;
                }
            };
        }

        @Override
        public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
            if (!hasBasicCredentials(request)) {
                session.saveContext(context, request, response);
            }
        }

        @Override
        public boolean containsContext(HttpServletRequest request) {
            return !hasBasicCredentials(request) && session.containsContext(request);
        }
    }

    private static void problem(HttpServletResponse response, ObjectMapper json, HttpStatus status, String type,
                                String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:glomska:problem:" + type));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Glomska\"");
        }
        json.writeValue(response.getOutputStream(), problem);
    }
}
