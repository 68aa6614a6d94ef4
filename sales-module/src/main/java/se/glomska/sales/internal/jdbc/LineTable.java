package se.glomska.sales.internal.jdbc;

import se.glomska.customer.CustomerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.glomska.sales.internal.domain.Line;

import java.util.List;

/** The lines of a document, stored in their own table with the owning document's id column. */
final class LineTable {

    private final JdbcClient jdbc;
    private final String table;
    private final String ownerColumn;

    LineTable(JdbcClient jdbc, String table, String ownerColumn) {
        this.jdbc = jdbc;
        this.table = table;
        this.ownerColumn = ownerColumn;
    }

    void add(long ownerId, CustomerId customer, List<Line> lines) {
        long customerId = customer.value();
        int position = 1;
        for (Line line : lines) {
            jdbc.sql("INSERT INTO " + table + " (" + ownerColumn + ", customer_id, position, description, quantity, unit_price)"
                            + " VALUES (:owner, :customerId, :position, :description, :quantity, :unitPrice)")
                    .param("owner", ownerId)
                    .param("customerId", customerId)
                    .param("position", position++)
                    .param("description", line.description())
                    .param("quantity", line.quantity())
                    .param("unitPrice", line.unitPrice())
                    .update();
        }
    }

    List<Line> of(long ownerId) {
        return jdbc.sql("SELECT description, quantity, unit_price FROM " + table + " WHERE " + ownerColumn
                        + " = :owner ORDER BY position")
                .param("owner", ownerId)
                .query(Rows::line)
                .list();
    }
}
