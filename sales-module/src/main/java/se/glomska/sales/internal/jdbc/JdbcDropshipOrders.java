package se.glomska.sales.internal.jdbc;

import se.glomska.customer.CustomerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.glomska.sales.internal.domain.DropshipOrder;
import se.glomska.sales.internal.domain.DropshipOrders;
import se.glomska.sales.internal.domain.DropshipState;
import se.glomska.sales.internal.domain.Line;
import se.glomska.sales.internal.domain.NewDropshipOrder;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

@Repository
class JdbcDropshipOrders implements DropshipOrders {

    /** A dropship order with the number of its purchases and of those received. */
    private static final String WITH_PROGRESS = """
            SELECT o.*,
                (SELECT COUNT(*) FROM sales_dropship_purchase p WHERE p.dropship_order_id = o.id) AS purchases,
                (SELECT COUNT(*) FROM sales_dropship_purchase p
                    WHERE p.dropship_order_id = o.id
                    AND EXISTS (SELECT 1 FROM sales_inbound_delivery d WHERE d.purchase_id = p.id)) AS received_purchases
            FROM sales_dropship_order o""";

    private final JdbcClient jdbc;
    private final LineTable lines;

    JdbcDropshipOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.lines = new LineTable(jdbc, "sales_dropship_order_line", "dropship_order_id");
    }

    @Override
    public long add(NewDropshipOrder order, BigDecimal total) {
        long id = Rows.insert(Rows.bind(Rows.bind(jdbc.sql("INSERT INTO sales_dropship_order (customer_id, order_reference, "
                                + "phone, mobile, customer_name, " + Rows.dropshipAddressColumns("invoice") + ", "
                                + Rows.dropshipAddressColumns("delivery") + ", internal_comment, total) VALUES (:customerId, "
                                + ":orderReference, :phone, :mobile, :customerName, " + Rows.dropshipAddressParams("invoice")
                                + ", " + Rows.dropshipAddressParams("delivery") + ", :internalComment, :total)")
                        .param("customerId", order.customerId())
                        .param("orderReference", order.orderReference())
                        .param("phone", order.phone())
                        .param("mobile", order.mobile())
                        .param("customerName", order.customerName())
                        .param("internalComment", order.internalComment())
                        .param("total", total), "invoice", order.invoiceAddress()), "delivery", order.deliveryAddress()));
        lines.add(id, CustomerId.of(order.customerId()), order.lines());
        return id;
    }

    @Override
    public Optional<DropshipOrder> find(long id) {
        List<Line> orderLines = lines.of(id);
        return jdbc.sql(WITH_PROGRESS + " WHERE o.id = :id")
                .param("id", id)
                .query((rs, n) -> new DropshipOrder(rs.getLong("id"), rs.getLong("customer_id"),
                        rs.getString("order_reference"), rs.getString("phone"), rs.getString("mobile"),
                        rs.getString("customer_name"), Rows.dropshipAddress(rs, "invoice"), Rows.dropshipAddress(rs, "delivery"),
                        rs.getString("internal_comment"), orderLines, rs.getBigDecimal("total"),
                        state(rs, n).delivered(), rs.getBoolean("invoiced"), Rows.nullableLong(rs, "invoice_id"),
                        Rows.instant(rs, "created_at")))
                .optional();
    }

    @Override
    public Optional<DropshipState> lockState(long id) {
        jdbc.sql("SELECT id FROM sales_dropship_order WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).optional();
        return jdbc.sql(WITH_PROGRESS + " WHERE o.id = :id")
                .param("id", id)
                .query(JdbcDropshipOrders::state)
                .optional();
    }

    @Override
    public boolean markInvoiced(long id, long invoiceId) {
        return jdbc.sql("UPDATE sales_dropship_order SET invoiced = TRUE, invoice_id = :invoiceId WHERE id = :id AND invoiced = FALSE")
                .param("id", id)
                .param("invoiceId", invoiceId)
                .update() > 0;
    }

    @Override
    public List<DropshipState> statesOfCustomers(java.util.Collection<Long> customerIds) {
        // Set-based for a customer with hundreds of dropship orders (the erasure asks it under the
        // customer's lock): the purchases and their receipts counted once per order in one pass.
        return jdbc.sql("""
                        SELECT o.id, o.customer_id, o.invoiced,
                               COALESCE(p.purchases, 0) AS purchases, COALESCE(p.received, 0) AS received_purchases
                          FROM sales_dropship_order o
                          LEFT JOIN (SELECT p.dropship_order_id, COUNT(*) AS purchases, COUNT(d.id) AS received
                                       FROM sales_dropship_purchase p
                                       LEFT JOIN sales_inbound_delivery d ON d.purchase_id = p.id
                                      WHERE p.customer_id IN (:customerIds)
                                      GROUP BY p.dropship_order_id) p ON p.dropship_order_id = o.id
                         WHERE o.customer_id IN (:customerIds)
                         ORDER BY o.id""")
                .param("customerIds", customerIds)
                .query(JdbcDropshipOrders::state)
                .list();
    }

    private static DropshipState state(ResultSet rs, int rowNum) throws SQLException {
        return new DropshipState(rs.getLong("id"), rs.getLong("customer_id"), rs.getInt("purchases"),
                rs.getInt("received_purchases"), rs.getBoolean("invoiced"));
    }
}
