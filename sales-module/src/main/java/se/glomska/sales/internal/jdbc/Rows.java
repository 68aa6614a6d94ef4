package se.glomska.sales.internal.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import se.glomska.sales.internal.domain.DocumentAddress;
import se.glomska.sales.internal.domain.DropshipAddress;
import se.glomska.sales.internal.domain.Line;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/** Column helpers shared by the sales adapters: addresses stored as prefixed columns, lines, keys, times. */
final class Rows {

    private Rows() {
    }

    /** The 7 column names of a document address with the prefix, e.g. {@code invoice_name, ...}. */
    static String documentAddressColumns(String prefix) {
        return String.join(", ", List.of("name", "attention", "address", "postal_code", "city", "region", "country")
                .stream().map(c -> prefix + "_" + c).toList());
    }

    /** The named parameters matching {@link #documentAddressColumns(String)}. */
    static String documentAddressParams(String prefix) {
        return String.join(", ", List.of("name", "attention", "address", "postal_code", "city", "region", "country")
                .stream().map(c -> ":" + prefix + "_" + c).toList());
    }

    static StatementSpec bind(StatementSpec spec, String prefix, DocumentAddress a) {
        return spec.param(prefix + "_name", a.name())
                .param(prefix + "_attention", a.attention())
                .param(prefix + "_address", a.address())
                .param(prefix + "_postal_code", a.postalCode())
                .param(prefix + "_city", a.city())
                .param(prefix + "_region", a.region())
                .param(prefix + "_country", a.country());
    }

    static DocumentAddress documentAddress(ResultSet rs, String prefix) throws SQLException {
        return new DocumentAddress(rs.getString(prefix + "_name"), rs.getString(prefix + "_attention"),
                rs.getString(prefix + "_address"), rs.getString(prefix + "_postal_code"), rs.getString(prefix + "_city"),
                rs.getString(prefix + "_region"), rs.getString(prefix + "_country"));
    }

    /** The 5 column names of a dropship address with the prefix. */
    static String dropshipAddressColumns(String prefix) {
        return String.join(", ", List.of("attention", "address", "postal_code", "city", "country")
                .stream().map(c -> prefix + "_" + c).toList());
    }

    static String dropshipAddressParams(String prefix) {
        return String.join(", ", List.of("attention", "address", "postal_code", "city", "country")
                .stream().map(c -> ":" + prefix + "_" + c).toList());
    }

    static StatementSpec bind(StatementSpec spec, String prefix, DropshipAddress a) {
        return spec.param(prefix + "_attention", a.attention())
                .param(prefix + "_address", a.address())
                .param(prefix + "_postal_code", a.postalCode())
                .param(prefix + "_city", a.city())
                .param(prefix + "_country", a.country());
    }

    static DropshipAddress dropshipAddress(ResultSet rs, String prefix) throws SQLException {
        return new DropshipAddress(rs.getString(prefix + "_attention"), rs.getString(prefix + "_address"),
                rs.getString(prefix + "_postal_code"), rs.getString(prefix + "_city"), rs.getString(prefix + "_country"));
    }

    static Line line(ResultSet rs, int rowNum) throws SQLException {
        return new Line(rs.getString("description"), rs.getBigDecimal("quantity"), rs.getBigDecimal("unit_price"));
    }

    /** Runs the insert and answers the generated id. */
    static long insert(StatementSpec spec) {
        KeyHolder keys = new GeneratedKeyHolder();
        spec.update(keys);
        return Objects.requireNonNull(keys.getKey(), "generated id").longValue();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    /** For DATETIME columns that hold UTC. */
    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant fromUtc(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
