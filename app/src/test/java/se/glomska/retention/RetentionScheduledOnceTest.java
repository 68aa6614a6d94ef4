package se.glomska.retention;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.glomska.GlomskaApplication;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one database, both with retention enabled and scheduled for the same
 * second of every minute: each minute one run starts, not two (ShedLock's lock of the schedule and of the run,
 * in the shared {@code shedlock} table).
 */
class RetentionScheduledOnceTest {

    @Test
    void twoInstancesScheduledForTheSameMinuteStartOneRun() throws Exception {
        List<ConfigurableApplicationContext> instances = new ArrayList<>();
        try {
            ConfigurableApplicationContext first = start(List.of("glomska.embedded-db.data-dir="));
            instances.add(first);
            var env = first.getEnvironment();
            instances.add(start(List.of("spring.datasource.url=" + env.getProperty("spring.datasource.url"),
                    "spring.datasource.username=" + env.getProperty("spring.datasource.username"),
                    "spring.datasource.password=" + env.getProperty("spring.datasource.password"))));
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            // Both are up: the next whole minute fires on both
            Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
            Thread.sleep(Math.max(0, minute.toEpochMilli() - System.currentTimeMillis()) + 15_000);
            long runs = jdbc.sql("SELECT COUNT(*) FROM retention_run WHERE started_at >= :from AND started_at < :to")
                    .param("from", Timestamp.from(minute.minusSeconds(1)))
                    .param("to", Timestamp.from(minute.plusSeconds(15)))
                    .query(Long.class).single();
            assertThat(runs).as("runs started at " + minute + " by two instances").isEqualTo(1);
            assertThat(jdbc.sql("SELECT started_by FROM retention_run ORDER BY id DESC LIMIT 1").query(String.class)
                    .single()).isEqualTo("schedule");
        } finally {
            for (int i = instances.size() - 1; i >= 0; i--) {
                instances.get(i).close();
            }
        }
    }

    private static ConfigurableApplicationContext start(List<String> database) {
        List<String> properties = new ArrayList<>(database);
        properties.addAll(List.of("server.port=0", "glomska.demo-data=false", "spring.security.user.password=x",
                "glomska.retention.enabled=true", "glomska.retention.inactive-after=P3Y",
                "glomska.retention.action=PROPOSE", "glomska.retention.schedule=0 * * * * *"));
        // As command-line arguments: they win over application.properties (server.port=${PORT:8080})
        return new SpringApplicationBuilder(GlomskaApplication.class)
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
    }
}
