package se.glomska.sales.internal.jdbc;

import se.glomska.customer.CustomerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.glomska.sales.internal.domain.InboundDeliveries;
import se.glomska.sales.internal.domain.InboundDelivery;
import se.glomska.sales.internal.domain.NewInboundDelivery;

import java.util.Optional;

@Repository
class JdbcInboundDeliveries implements InboundDeliveries {

    private final JdbcClient jdbc;

    JdbcInboundDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long add(long purchaseId, CustomerId customer, NewInboundDelivery delivery) {
        long customerId = customer.value();
        return Rows.insert(jdbc.sql("""
                        INSERT INTO sales_inbound_delivery (purchase_id, customer_id, received_at, country, terms, internal_comment)
                        VALUES (:purchaseId, :customerId, :receivedAt, :country, :terms, :internalComment)""")
                .param("purchaseId", purchaseId)
                .param("customerId", customerId)
                .param("receivedAt", Rows.utc(delivery.receivedAt()))
                .param("country", delivery.country())
                .param("terms", delivery.terms())
                .param("internalComment", delivery.internalComment()));
    }

    @Override
    public Optional<InboundDelivery> find(long id) {
        return jdbc.sql("SELECT * FROM sales_inbound_delivery WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new InboundDelivery(rs.getLong("id"), rs.getLong("purchase_id"), rs.getLong("customer_id"),
                        Rows.fromUtc(rs, "received_at"), rs.getString("country"), rs.getString("terms"),
                        rs.getString("internal_comment")))
                .optional();
    }

    @Override
    public boolean existsForPurchase(long purchaseId) {
        return jdbc.sql("SELECT COUNT(*) FROM sales_inbound_delivery WHERE purchase_id = :purchaseId")
                .param("purchaseId", purchaseId)
                .query(Long.class)
                .single() > 0;
    }
}
