package se.glomska.sales.internal.jdbc;

import se.glomska.customer.CustomerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.glomska.sales.internal.domain.Deliveries;
import se.glomska.sales.internal.domain.Delivery;
import se.glomska.sales.internal.domain.NewDelivery;

import java.util.Optional;

@Repository
class JdbcDeliveries implements Deliveries {

    private final JdbcClient jdbc;

    JdbcDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long add(long orderId, CustomerId customer, NewDelivery delivery) {
        long customerId = customer.value();
        return Rows.insert(Rows.bind(Rows.bind(jdbc.sql("INSERT INTO sales_delivery (order_id, customer_id, "
                                + "customer_reference, notification_mobile, " + Rows.documentAddressColumns("invoice") + ", "
                                + Rows.documentAddressColumns("delivery") + ", published_comment, internal_comment) VALUES "
                                + "(:orderId, :customerId, :customerReference, :notificationMobile, "
                                + Rows.documentAddressParams("invoice") + ", " + Rows.documentAddressParams("delivery")
                                + ", :publishedComment, :internalComment)")
                        .param("orderId", orderId)
                        .param("customerId", customerId)
                        .param("customerReference", delivery.customerReference())
                        .param("notificationMobile", delivery.notificationMobile())
                        .param("publishedComment", delivery.publishedComment())
                        .param("internalComment", delivery.internalComment()),
                "invoice", delivery.invoiceAddress()), "delivery", delivery.deliveryAddress()));
    }

    @Override
    public Optional<Delivery> find(long id) {
        return jdbc.sql("SELECT * FROM sales_delivery WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Delivery(rs.getLong("id"), rs.getLong("order_id"), rs.getLong("customer_id"),
                        rs.getString("customer_reference"), rs.getString("notification_mobile"),
                        Rows.documentAddress(rs, "invoice"), Rows.documentAddress(rs, "delivery"),
                        rs.getString("published_comment"), rs.getString("internal_comment"), Rows.instant(rs, "delivered_at")))
                .optional();
    }
}
