package se.glomska.customer.internal.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import se.glomska.customer.RetentionRun;
import se.glomska.customer.internal.domain.RetentionRuns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Retention runs in {@code retention_run}, their customers and outcomes in {@code retention_run_customer}. */
@Repository
class JdbcRetentionRuns implements RetentionRuns {

    private final JdbcClient jdbc;

    JdbcRetentionRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RetentionRun create(RetentionRun run, int batchSize) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO retention_run (dry_run, status, started_by, inactive_before, total, started_at,
                            updated_at)
                        VALUES (:dryRun, :status, :startedBy, :before, 0, :at, :at)""")
                .param("dryRun", run.dryRun())
                .param("status", run.status().name())
                .param("startedBy", run.startedBy())
                .param("before", Timestamp.from(run.inactiveBefore()))
                .param("at", Timestamp.from(run.startedAt()))
                .update(key, "id");
        long id = key.getKey().longValue();
        // The candidates of PersonalData.inactiveSince, in its order (the same index range), numbered into batches.
        int total = jdbc.sql("""
                        INSERT INTO retention_run_customer (run_id, batch, customer_id)
                        SELECT :id, (ROW_NUMBER() OVER (ORDER BY last_activity_at, id) - 1) DIV :size, id
                        FROM customer WHERE anonymized = FALSE AND last_activity_at < :before""")
                .param("id", id)
                .param("size", batchSize)
                .param("before", Timestamp.from(run.inactiveBefore()))
                .update();
        jdbc.sql("UPDATE retention_run SET total = :total WHERE id = :id").param("total", total).param("id", id)
                .update();
        return new RetentionRun(id, run.status(), run.dryRun(), total, 0, 0, 0, run.startedAt(), run.updatedAt(),
                null, run.inactiveBefore(), run.startedBy(), 0);
    }

    @Override
    public void save(RetentionRun run) {
        int saved = jdbc.sql("""
                        UPDATE retention_run SET status = :status, done = :done, erased = :erased, skipped = :skipped,
                            updated_at = :updatedAt, finished_at = :finishedAt
                        WHERE id = :id AND status = 'RUNNING'""")
                .param("status", run.status().name())
                .param("done", run.done())
                .param("erased", run.erased())
                .param("skipped", run.skipped())
                .param("updatedAt", Timestamp.from(run.updatedAt()))
                .param("finishedAt", run.finishedAt() == null ? null : Timestamp.from(run.finishedAt()))
                .param("id", run.id())
                .update();
        if (saved != 1) {
            throw new IllegalStateException("Retention run " + run.id() + " has already ended");
        }
    }

    @Override
    public Optional<RetentionRun> find(long id) {
        return jdbc.sql("SELECT * FROM retention_run WHERE id = :id").param("id", id)
                .query(JdbcRetentionRuns::run).optional();
    }

    @Override
    public List<RetentionRun> newestFirst(long offset, int limit) {
        return jdbc.sql("SELECT * FROM retention_run ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset)
                .query(JdbcRetentionRuns::run).list();
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM retention_run").query(Long.class).single();
    }

    @Override
    public Optional<RetentionRun> unfinished() {
        return jdbc.sql("SELECT * FROM retention_run WHERE status = 'RUNNING' ORDER BY id LIMIT 1")
                .query(JdbcRetentionRuns::run).optional();
    }

    @Override
    public Optional<Batch> nextBatch(long runId) {
        Optional<Integer> batch = jdbc.sql("""
                        SELECT MIN(batch) FROM retention_run_customer WHERE run_id = :id AND outcome IS NULL""")
                .param("id", runId).query(Integer.class).list().stream().filter(java.util.Objects::nonNull).findFirst();
        return batch.map(number -> new Batch(number, jdbc.sql("""
                        SELECT customer_id FROM retention_run_customer WHERE run_id = :id AND batch = :batch
                        ORDER BY customer_id""")
                .param("id", runId).param("batch", number).query(Long.class).list()));
    }

    @Override
    public void recordOutcomes(long runId, List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        // One statement for the batch: the outcomes as a JSON array joined to the run's rows.
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            json.append(i == 0 ? "" : ",").append("{\"c\":").append(o.customerId()).append(",\"o\":\"")
                    .append(o.outcome()).append("\",\"r\":").append(o.reason() == null ? "null"
                            : "\"" + o.reason().replace("\\", "\\\\").replace("\"", "\\\"") + "\"").append("}");
        }
        json.append("]");
        jdbc.sql("""
                        UPDATE retention_run_customer m
                        JOIN JSON_TABLE(:outcomes, '$[*]' COLUMNS (c BIGINT PATH '$.c', o VARCHAR(10) PATH '$.o',
                            r VARCHAR(500) PATH '$.r')) AS done ON m.customer_id = done.c
                        SET m.outcome = done.o, m.reason = done.r
                        WHERE m.run_id = :id""")
                .param("outcomes", json.toString())
                .param("id", runId)
                .update();
    }

    @Override
    public List<Outcome> outcomes(long runId) {
        List<Outcome> outcomes = new ArrayList<>();
        jdbc.sql("""
                        SELECT customer_id, outcome, reason FROM retention_run_customer WHERE run_id = :id
                        ORDER BY customer_id""")
                .param("id", runId)
                .query(rs -> {
                    outcomes.add(new Outcome(rs.getLong(1), rs.getString(2), rs.getString(3)));
                });
        return outcomes;
    }

    private static RetentionRun run(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new RetentionRun(rs.getLong("id"), RetentionRun.Status.valueOf(rs.getString("status")),
                rs.getBoolean("dry_run"), rs.getInt("total"), rs.getInt("done"), rs.getInt("erased"),
                rs.getInt("skipped"), rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), finished == null ? null : finished.toInstant(),
                rs.getTimestamp("inactive_before").toInstant(), rs.getString("started_by"), 0);
    }
}
