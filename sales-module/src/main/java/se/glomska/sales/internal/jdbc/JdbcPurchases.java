package se.glomska.sales.internal.jdbc;

import se.glomska.customer.CustomerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.glomska.sales.internal.domain.NewPurchase;
import se.glomska.sales.internal.domain.Purchase;
import se.glomska.sales.internal.domain.Purchases;

import java.util.Optional;

@Repository
class JdbcPurchases implements Purchases {

    private final JdbcClient jdbc;

    JdbcPurchases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long add(long dropshipOrderId, CustomerId customer, NewPurchase purchase) {
        long customerId = customer.value();
        return Rows.insert(Rows.bind(jdbc.sql("INSERT INTO sales_dropship_purchase (dropship_order_id, customer_id, "
                                + "supplier_name, order_reference, phone, mobile, published_comment, customer_name, "
                                + Rows.dropshipAddressColumns("delivery") + ", terms, internal_comment) VALUES "
                                + "(:dropshipOrderId, :customerId, :supplierName, :orderReference, :phone, :mobile, "
                                + ":publishedComment, :customerName, " + Rows.dropshipAddressParams("delivery")
                                + ", :terms, :internalComment)")
                        .param("dropshipOrderId", dropshipOrderId)
                        .param("customerId", customerId)
                        .param("supplierName", purchase.supplierName())
                        .param("orderReference", purchase.orderReference())
                        .param("phone", purchase.phone())
                        .param("mobile", purchase.mobile())
                        .param("publishedComment", purchase.publishedComment())
                        .param("customerName", purchase.customerName())
                        .param("terms", purchase.terms())
                        .param("internalComment", purchase.internalComment()),
                "delivery", purchase.deliveryAddress()));
    }

    @Override
    public Optional<Purchase> find(long id) {
        return jdbc.sql("""
                        SELECT p.*, EXISTS (SELECT 1 FROM sales_inbound_delivery d WHERE d.purchase_id = p.id) AS received
                        FROM sales_dropship_purchase p WHERE p.id = :id""")
                .param("id", id)
                .query((rs, n) -> new Purchase(rs.getLong("id"), rs.getLong("dropship_order_id"), rs.getLong("customer_id"),
                        rs.getString("supplier_name"), rs.getString("order_reference"), rs.getString("phone"),
                        rs.getString("mobile"), rs.getString("published_comment"), rs.getString("customer_name"),
                        Rows.dropshipAddress(rs, "delivery"), rs.getString("terms"), rs.getString("internal_comment"),
                        rs.getBoolean("received"), Rows.instant(rs, "created_at")))
                .optional();
    }
}
