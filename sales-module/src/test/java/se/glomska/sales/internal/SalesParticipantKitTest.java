package se.glomska.sales.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import se.glomska.customer.kit.KitContext;
import se.glomska.customer.kit.ParticipantKit;
import se.glomska.customer.spi.AnonymizationParticipant;
import se.glomska.sales.internal.application.SalesCalendar;

import java.util.List;
import java.util.Map;

import static se.glomska.customer.kit.KitRows.insert;

/**
 * Sales' participant held by the participant kit against sales.sql on a real MariaDB, built by Spring from the
 * module's own JDBC adapters. The history has an undelivered, uninvoiced order, a dropship order without inbound
 * delivery and a contract without end: it blocks.
 */
class SalesParticipantKitTest extends ParticipantKit {

    @Override
    protected List<String> changelogs() {
        return List.of("db/changelog/sales.sql");
    }

    @Override
    protected AnonymizationParticipant participant(JdbcClient jdbc) {
        return KitContext.participant(jdbc, SalesParticipant.class, new String[] {"se.glomska.sales.internal.jdbc"},
                SalesCalendar.class);
    }

    @Override
    protected boolean historyBlocks() {
        return true;
    }

    @Override
    protected void recordHistory(JdbcClient jdbc, long c, String m) {
        long quote = insert(jdbc, "sales_quote", m, Map.of("customer_id", c, "total", 100));
        insert(jdbc, "sales_quote_line", m, Map.of("quote_id", quote, "customer_id", c, "position", 1,
                "quantity", 1, "unit_price", 100));
        long order = insert(jdbc, "sales_order", m, Map.of("customer_id", c, "order_number", "O" + c, "total", 100));
        insert(jdbc, "sales_order_line", m, Map.of("order_id", order, "customer_id", c, "position", 1,
                "quantity", 1, "unit_price", 100));
        long delivery = insert(jdbc, "sales_delivery", m, Map.of("order_id", order, "customer_id", c));
        insert(jdbc, "sales_commercial_invoice", m, Map.of("delivery_id", delivery, "customer_id", c, "country", "SE"));
        long dropship = insert(jdbc, "sales_dropship_order", m, Map.of("customer_id", c, "total", 50,
                "invoice_country", "SE", "delivery_country", "SE"));
        insert(jdbc, "sales_dropship_order_line", m, Map.of("dropship_order_id", dropship, "customer_id", c,
                "position", 1, "quantity", 1, "unit_price", 50));
        long purchase = insert(jdbc, "sales_dropship_purchase", m, Map.of("dropship_order_id", dropship,
                "customer_id", c, "supplier_name", "Leverantören AB", "delivery_country", "SE"));
        insert(jdbc, "sales_inbound_delivery", m, Map.of("purchase_id", purchase, "customer_id", c,
                "received_at", "2025-03-01 10:00:00", "country", "SE"));
        insert(jdbc, "sales_contract", m, Map.of("customer_id", c, "start_date", "2025-01-01"));
    }
}
