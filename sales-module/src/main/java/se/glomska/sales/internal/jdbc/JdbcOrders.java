package se.glomska.sales.internal.jdbc;

import se.glomska.customer.CustomerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.glomska.sales.internal.domain.Line;
import se.glomska.sales.internal.domain.NewOrder;
import se.glomska.sales.internal.domain.Order;
import se.glomska.sales.internal.domain.OrderState;
import se.glomska.sales.internal.domain.OrderStatus;
import se.glomska.sales.internal.domain.Orders;
import se.glomska.customer.CustomerDirectory.Unnamed;
import se.glomska.customer.Page;
import se.glomska.sales.OrderLine;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

@Repository
class JdbcOrders implements Orders {

    private final JdbcClient jdbc;
    private final LineTable lines;

    JdbcOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.lines = new LineTable(jdbc, "sales_order_line", "order_id");
    }

    @Override
    public long add(NewOrder order, BigDecimal total) {
        long id = Rows.insert(Rows.bind(Rows.bind(jdbc.sql("INSERT INTO sales_order (customer_id, order_number, "
                                + "customer_reference, customer_order_reference, notification_mobile, "
                                + Rows.documentAddressColumns("invoice") + ", " + Rows.documentAddressColumns("delivery")
                                + ", published_comment, terms, internal_comment, total) VALUES (:customerId, "
                                + "NEXT VALUE FOR sales_order_number_seq, :customerReference, :customerOrderReference, "
                                + ":notificationMobile, " + Rows.documentAddressParams("invoice") + ", "
                                + Rows.documentAddressParams("delivery")
                                + ", :publishedComment, :terms, :internalComment, :total)")
                        .param("customerId", order.customerId())
                        .param("customerReference", order.customerReference())
                        .param("customerOrderReference", order.customerOrderReference())
                        .param("notificationMobile", order.notificationMobile())
                        .param("publishedComment", order.publishedComment())
                        .param("terms", order.terms())
                        .param("internalComment", order.internalComment())
                        .param("total", total), "invoice", order.invoiceAddress()), "delivery", order.deliveryAddress()));
        lines.add(id, CustomerId.of(order.customerId()), order.lines());
        return id;
    }

    @Override
    public Optional<Order> find(long id) {
        List<Line> orderLines = lines.of(id);
        return jdbc.sql("SELECT * FROM sales_order WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> {
                    boolean delivered = rs.getBoolean("delivered");
                    boolean invoiced = rs.getBoolean("invoiced");
                    return new Order(rs.getLong("id"), rs.getString("order_number"), rs.getLong("customer_id"),
                            rs.getString("customer_reference"), rs.getString("customer_order_reference"),
                            rs.getString("notification_mobile"), Rows.documentAddress(rs, "invoice"),
                            Rows.documentAddress(rs, "delivery"), rs.getString("published_comment"), rs.getString("terms"),
                            rs.getString("internal_comment"), orderLines, rs.getBigDecimal("total"),
                            OrderStatus.of(delivered, invoiced), delivered, invoiced, Rows.nullableLong(rs, "invoice_id"),
                            Rows.instant(rs, "created_at"));
                })
                .optional();
    }

    @Override
    public Optional<OrderState> lockState(long id) {
        return jdbc.sql("SELECT id, customer_id, delivered, invoiced FROM sales_order WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(JdbcOrders::state)
                .optional();
    }

    @Override
    public void markDelivered(long id) {
        jdbc.sql("UPDATE sales_order SET delivered = TRUE WHERE id = :id").param("id", id).update();
    }

    @Override
    public boolean markInvoiced(long id, long invoiceId) {
        return jdbc.sql("UPDATE sales_order SET invoiced = TRUE, invoice_id = :invoiceId WHERE id = :id AND invoiced = FALSE")
                .param("id", id)
                .param("invoiceId", invoiceId)
                .update() > 0;
    }

    @Override
    public List<OrderState> statesOfCustomers(java.util.Collection<Long> customerIds) {
        return jdbc.sql("SELECT id, customer_id, delivered, invoiced FROM sales_order WHERE customer_id IN (:customerIds) ORDER BY id")
                .param("customerIds", customerIds)
                .query(JdbcOrders::state)
                .list();
    }

    @Override
    public Page<Unnamed<OrderLine>> list(Long customerId, Page.Request page) {
        String where = customerId == null ? "" : " WHERE customer_id = :customerId";
        JdbcClient.StatementSpec count = jdbc.sql("SELECT COUNT(*) FROM sales_order" + where);
        JdbcClient.StatementSpec items = jdbc.sql("SELECT id, order_number, customer_id, total, delivered, invoiced FROM sales_order"
                        + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .param("limit", page.size())
                .param("offset", page.offset());
        if (customerId != null) {
            count = count.param("customerId", customerId);
            items = items.param("customerId", customerId);
        }
        return new Page<>(items.query((rs, n) -> {
            long id = rs.getLong("id");
            String number = rs.getString("order_number");
            BigDecimal total = rs.getBigDecimal("total");
            boolean delivered = rs.getBoolean("delivered");
            boolean invoiced = rs.getBoolean("invoiced");
            return new Unnamed<>(rs.getLong("customer_id"),
                    ref -> new OrderLine(id, number, ref, total, delivered, invoiced));
        }).list(), page.page(), page.size(), count.query(Long.class).single());
    }

    private static OrderState state(ResultSet rs, int rowNum) throws SQLException {
        return new OrderState(rs.getLong("id"), rs.getLong("customer_id"), rs.getBoolean("delivered"), rs.getBoolean("invoiced"));
    }
}
