package se.glomska.customer.internal.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import se.glomska.customer.internal.domain.PersonalData;

/**
 * The participant kit's way to the one place where field rules become SQL: the kit checks a participant with the
 * statements the erasure itself runs, not with a copy of them.
 */
public final class KitSql {

    private KitSql() {
    }

    public static PersonalData personalData(JdbcClient jdbc) {
        return new SqlPersonalData(jdbc, new tools.jackson.databind.json.JsonMapper());
    }
}
