package se.glomska.sales.internal.jdbc;

import se.glomska.customer.CustomerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.glomska.sales.internal.domain.CommercialInvoice;
import se.glomska.sales.internal.domain.CommercialInvoices;
import se.glomska.sales.internal.domain.NewCommercialInvoice;

import java.util.Optional;

@Repository
class JdbcCommercialInvoices implements CommercialInvoices {

    private final JdbcClient jdbc;

    JdbcCommercialInvoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long add(long deliveryId, CustomerId customer, NewCommercialInvoice invoice) {
        long customerId = customer.value();
        return Rows.insert(jdbc.sql("""
                        INSERT INTO sales_commercial_invoice (delivery_id, customer_id, customer, name, address, postal_code,
                            city, country, recipient_organization_number, recipient_vat_number, recipient_name,
                            recipient_email, recipient_phone)
                        VALUES (:deliveryId, :customerId, :customer, :name, :address, :postalCode, :city, :country,
                            :recipientOrganizationNumber, :recipientVatNumber, :recipientName, :recipientEmail, :recipientPhone)""")
                .param("deliveryId", deliveryId)
                .param("customerId", customerId)
                .param("customer", invoice.customer())
                .param("name", invoice.name())
                .param("address", invoice.address())
                .param("postalCode", invoice.postalCode())
                .param("city", invoice.city())
                .param("country", invoice.country())
                .param("recipientOrganizationNumber", invoice.recipientOrganizationNumber())
                .param("recipientVatNumber", invoice.recipientVatNumber())
                .param("recipientName", invoice.recipientName())
                .param("recipientEmail", invoice.recipientEmail())
                .param("recipientPhone", invoice.recipientPhone()));
    }

    @Override
    public Optional<CommercialInvoice> find(long id) {
        return jdbc.sql("SELECT * FROM sales_commercial_invoice WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new CommercialInvoice(rs.getLong("id"), rs.getLong("delivery_id"), rs.getLong("customer_id"),
                        rs.getString("customer"), rs.getString("name"), rs.getString("address"), rs.getString("postal_code"),
                        rs.getString("city"), rs.getString("country"), rs.getString("recipient_organization_number"),
                        rs.getString("recipient_vat_number"), rs.getString("recipient_name"), rs.getString("recipient_email"),
                        rs.getString("recipient_phone"), Rows.instant(rs, "created_at")))
                .optional();
    }

    @Override
    public boolean existsForDelivery(long deliveryId) {
        return jdbc.sql("SELECT COUNT(*) FROM sales_commercial_invoice WHERE delivery_id = :deliveryId")
                .param("deliveryId", deliveryId)
                .query(Long.class)
                .single() > 0;
    }
}
