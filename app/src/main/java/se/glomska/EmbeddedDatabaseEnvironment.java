package se.glomska;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Chooses the database before anything connects to it. With {@code spring.datasource.url} set, the
 * application uses that server and starts nothing. Without it, it starts the embedded MariaDB
 * ({@link EmbeddedMariaDb}) with its data under {@code glomska.embedded-db.data-dir} (blank: a
 * throw-away folder) and points the datasource at it.
 * <p>
 * Unless {@code glomska.erasure-journal.path} is set, the erasure journal is kept beside the embedded data
 * folder ({@code .glomska/erasure-journal.jsonl} by default), or in a throw-away file with a throw-away folder.
 * <p>
 * It also decides whether Liquibase loads the demo data (context {@code demo}): by default on the
 * embedded database only; {@code glomska.demo-data} overrides it either way.
 */
class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    /** Where the erasure journal is kept (docs/residual-copies.md); blank: a throw-away file. */
    static final String JOURNAL = "glomska.erasure-journal.path";
    static final String JOURNAL_FILE = "erasure-journal.jsonl";

    private final Log log;

    EmbeddedDatabaseEnvironment(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedDatabaseEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new HashMap<>();
        boolean external = StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        if (!external) {
            String dataDir = environment.getProperty("glomska.embedded-db.data-dir", "");
            EmbeddedMariaDb db = EmbeddedMariaDb.startOnce(StringUtils.hasText(dataDir) ? Path.of(dataDir) : null);
            log.info("Embedded MariaDB serving " + db.jdbcUrl() + " with its data in " + db.dataDir().getAbsolutePath()
                    + (StringUtils.hasText(dataDir) ? "" : " (throw-away)"));
            properties.put("spring.datasource.url", db.jdbcUrl());
            properties.put("spring.datasource.username", db.user());
            properties.put("spring.datasource.password", db.password());
            // The erasure journal beside the data folder, not in it: a restore of the folder must not roll it back.
            if (!environment.containsProperty(JOURNAL)) {
                properties.put(JOURNAL, StringUtils.hasText(dataDir)
                        ? db.dataDir().getAbsoluteFile().toPath().normalize().resolveSibling(JOURNAL_FILE).toString() : "");
            }
        }
        boolean demo = environment.getProperty("glomska.demo-data", Boolean.class, !external);
        properties.put("spring.liquibase.contexts", demo ? "main,demo" : "main");
        environment.getPropertySources().addFirst(new MapPropertySource("glomskaDatabase", properties));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
