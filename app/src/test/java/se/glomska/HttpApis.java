package se.glomska;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@link HttpApi} for an application that is not the test's own Spring context: one started from the
 * packaged jar in a separate JVM (the crash and outage tests of the {@code reliability} profile).
 */
public final class HttpApis {

    private HttpApis() {
    }

    public static HttpApi of(int port, String user, String password) {
        return new HttpApi(port, JsonMapper.builder().build(), user, password);
    }
}
