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
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every endpoint needs an authenticated user: HTTP Basic for {@code /api}, a login form for pages.
 * Roles: {@code USER} works with business data, {@code DATA_PROTECTION} erases customers, exports
 * their data and reads the erasure log. Users come from {@code spring.security.user.*} and the list
 * {@code glomska.security.users}; there is no built-in password.
 */
@Configuration
@EnableConfigurationProperties({SecurityProperties.class, SecurityConfiguration.Users.class})
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    private static final Pattern ENCODED = Pattern.compile("^\\{.+}.*$");
    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** More users besides Spring Boot's {@code spring.security.user}. */
    @ConfigurationProperties("glomska.security")
    record Users(List<SecurityProperties.User> users) {
        Users {
            users = users == null ? List.of() : users;
        }
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static InMemoryUserDetailsManager users(SecurityProperties properties, Users more) {
        List<UserDetails> users = new ArrayList<>();
        SecurityProperties.User main = properties.getUser();
        if (main.isPasswordGenerated()) {
            log.warn("Using generated security password for user '{}': {} (set spring.security.user.password)",
                    main.getName(), main.getPassword());
        }
        users.add(user(main));
        more.users().forEach(u -> users.add(user(u)));
        return new InMemoryUserDetailsManager(users);
    }

    private static UserDetails user(SecurityProperties.User user) {
        String password = ENCODED.matcher(user.getPassword()).matches() ? user.getPassword() : "{noop}" + user.getPassword();
        return User.withUsername(user.getName()).password(password)
                .roles(user.getRoles().toArray(String[]::new)).build();
    }

    /**
     * The password check of the configured users, behind a {@link CredentialCache}: API clients send
     * HTTP Basic with every request, and a BCrypt check per request would cost each one ~70 ms of CPU.
     * The configured passwords are upgraded to BCrypt at their first use.
     */
    @Bean
    AuthenticationProvider authenticationProvider(SecurityProperties properties, Users more,
                                                  PasswordEncoder passwordEncoder, Clock clock,
                                                  @Value("${glomska.security.credential-cache-ttl:5m}") Duration ttl) {
        InMemoryUserDetailsManager users = users(properties, more);
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        passwordCheck.setUserDetailsPasswordService(users);
        return new CredentialCache(passwordCheck, ttl, 10_000, clock);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json) throws Exception {
        return http
                .securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**").permitAll()
                        .requestMatchers("/api/customers/*/erasure", "/api/customers/*/erasure/review",
                                "/api/customers/*/personal-data", "/api/erasures")
                        .hasRole("DATA_PROTECTION")
                        .requestMatchers("/actuator/**").hasRole("DATA_PROTECTION")
                        .anyRequest().hasRole("USER"))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        problem(response, json, HttpStatus.UNAUTHORIZED, "Authentication is required.")))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) ->
                        problem(response, json, HttpStatus.FORBIDDEN, "Your role does not allow this.")))
                // HTTP Basic creates no session; a browser already logged in through the pages may use
                // its session for the API (the personal-data download, record links)...
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                // ...and then a change needs the CSRF token, as on the pages. Requests that carry their
                // own credentials (HTTP Basic) or no session at all have no session to ride.
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
                        .anyRequest().hasRole("USER"))
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(Customizer.withDefaults())
                .build();
    }

    private static boolean changeBySession(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod())
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getRequestedSessionId() != null;
    }

    private static void problem(HttpServletResponse response, ObjectMapper json, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:glomska:problem:" + (status == HttpStatus.UNAUTHORIZED ? "unauthenticated" : "forbidden")));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Glomska\"");
        }
        json.writeValue(response.getOutputStream(), problem);
    }
}
