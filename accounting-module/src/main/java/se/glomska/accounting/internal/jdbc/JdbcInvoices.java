package se.glomska.accounting.internal.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import se.glomska.accounting.internal.domain.BillTo;
import se.glomska.accounting.internal.domain.Invoice;
import se.glomska.accounting.internal.domain.InvoiceBalance;
import se.glomska.accounting.internal.domain.InvoiceDraft;
import se.glomska.accounting.internal.domain.InvoiceSummary;
import se.glomska.accounting.internal.domain.Invoices;
import se.glomska.accounting.internal.domain.IssuedInvoice;
import se.glomska.accounting.internal.domain.Line;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/**
 * The invoice ledger on {@code accounting_invoice} and {@code accounting_invoice_line}: INSERT and
 * SELECT only. The database refuses UPDATE and DELETE on both tables (triggers).
 */
@Repository
class JdbcInvoices implements Invoices {

    private static final String COLUMNS = """
            id, invoice_number, customer_id, order_id, dropship_order_id, bill_to_name, bill_to_address,
            bill_to_postal_code, bill_to_city, bill_to_country, bill_to_organization_number, bill_to_vat_number,
            bill_to_email, due_date, issued_at, total""";

    private static final String SUMMARY = """
            SELECT i.id, i.invoice_number, i.customer_id, i.total,
                   COALESCE((SELECT SUM(p.amount) FROM accounting_payment p WHERE p.invoice_id = i.id), 0) AS paid_amount
              FROM accounting_invoice i""";

    private final JdbcClient jdbc;

    JdbcInvoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Invoice issue(IssuedInvoice invoice) {
        InvoiceDraft draft = invoice.draft();
        BillTo billTo = draft.billTo();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO accounting_invoice (invoice_number, customer_id, order_id, dropship_order_id,
                    bill_to_name, bill_to_address, bill_to_postal_code, bill_to_city, bill_to_country,
                    bill_to_organization_number, bill_to_vat_number, bill_to_email, due_date, issued_at, total)
                VALUES (:invoiceNumber, :customerId, :orderId, :dropshipOrderId, :name, :address, :postalCode, :city,
                    :country, :organizationNumber, :vatNumber, :email, :dueDate, :issuedAt, :total)""")
                .param("invoiceNumber", invoice.invoiceNumber())
                .param("customerId", draft.customerId())
                .param("orderId", draft.orderId())
                .param("dropshipOrderId", draft.dropshipOrderId())
                .param("name", billTo.name())
                .param("address", billTo.address())
                .param("postalCode", billTo.postalCode())
                .param("city", billTo.city())
                .param("country", billTo.country())
                .param("organizationNumber", billTo.organizationNumber())
                .param("vatNumber", billTo.vatNumber())
                .param("email", billTo.email())
                .param("dueDate", draft.dueDate())
                .param("issuedAt", Timestamp.from(invoice.issuedAt()))
                .param("total", invoice.total())
                .update(key, "id");
        long id = key.getKey().longValue();
        int lineNo = 0;
        for (Line line : draft.lines()) {
            jdbc.sql("""
                    INSERT INTO accounting_invoice_line (invoice_id, customer_id, line_no, description, quantity, unit_price)
                    VALUES (:invoiceId, :customerId, :lineNo, :description, :quantity, :unitPrice)""")
                    .param("invoiceId", id)
                    .param("customerId", draft.customerId())
                    .param("lineNo", ++lineNo)
                    .param("description", line.description())
                    .param("quantity", line.quantity())
                    .param("unitPrice", line.unitPrice())
                    .update();
        }
        return find(id).orElseThrow();
    }

    @Override
    public Optional<Invoice> find(long id) {
        return findWhere("SELECT " + COLUMNS + " FROM accounting_invoice WHERE id = :id", id);
    }

    @Override
    public Optional<Invoice> findForPayment(long id) {
        return findWhere("SELECT " + COLUMNS + " FROM accounting_invoice WHERE id = :id FOR UPDATE", id);
    }

    private Optional<Invoice> findWhere(String select, long id) {
        return jdbc.sql(select)
                .param("id", id)
                .query((rs, n) -> invoice(rs))
                .optional()
                .map(i -> new Invoice(i.id(), i.invoiceNumber(), i.customerId(), i.orderId(), i.dropshipOrderId(),
                        i.billTo(), i.dueDate(), i.issuedAt(), linesOf(i.id()), i.total()));
    }

    @Override
    public boolean existsFor(Long orderId, Long dropshipOrderId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM accounting_invoice
                 WHERE (:orderId IS NOT NULL AND order_id = :orderId)
                    OR (:dropshipOrderId IS NOT NULL AND dropship_order_id = :dropshipOrderId)""")
                .param("orderId", orderId)
                .param("dropshipOrderId", dropshipOrderId)
                .query(Long.class)
                .single() > 0;
    }

    @Override
    public List<InvoiceSummary> listByCustomer(long customerId, int offset, int limit) {
        return jdbc.sql(SUMMARY + " WHERE i.customer_id = :customerId ORDER BY i.id DESC LIMIT :limit OFFSET :offset")
                .param("customerId", customerId)
                .param("limit", limit)
                .param("offset", offset)
                .query(JdbcInvoices::summary)
                .list();
    }

    @Override
    public List<InvoiceSummary> listLatest(int offset, int limit) {
        return jdbc.sql(SUMMARY + " ORDER BY i.id DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query(JdbcInvoices::summary)
                .list();
    }

    @Override
    public long countByCustomer(long customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM accounting_invoice WHERE customer_id = :customerId")
                .param("customerId", customerId)
                .query(Long.class)
                .single();
    }

    @Override
    public long countAll() {
        return jdbc.sql("SELECT COUNT(*) FROM accounting_invoice").query(Long.class).single();
    }

    /**
     * The customer's payments are summed once, per invoice, and joined to the invoices: a customer
     * with thousands of invoices is one pass over each table (the erasure asks this under the
     * customer's lock; the correlated sum of {@link #SUMMARY} ran once per invoice, 3× slower).
     */
    @Override
    public List<InvoiceSummary> findUnpaid(java.util.Collection<Long> customerIds) {
        return jdbc.sql("""
                        SELECT i.id, i.invoice_number, i.customer_id, i.total, COALESCE(p.paid, 0) AS paid_amount
                          FROM accounting_invoice i
                          LEFT JOIN (SELECT invoice_id, SUM(amount) AS paid FROM accounting_payment
                                      WHERE customer_id IN (:customerIds) GROUP BY invoice_id) p ON p.invoice_id = i.id
                         WHERE i.customer_id IN (:customerIds) AND COALESCE(p.paid, 0) < i.total
                         ORDER BY i.id""")
                .param("customerIds", customerIds)
                .query(JdbcInvoices::summary)
                .list();
    }

    private List<Line> linesOf(long invoiceId) {
        return jdbc.sql("""
                SELECT description, quantity, unit_price FROM accounting_invoice_line
                 WHERE invoice_id = :invoiceId ORDER BY line_no""")
                .param("invoiceId", invoiceId)
                .query((rs, n) -> new Line(rs.getString("description"), rs.getBigDecimal("quantity"),
                        rs.getBigDecimal("unit_price")))
                .list();
    }

    /** The invoice's head; its lines are read apart. */
    private static Invoice invoice(ResultSet rs) throws SQLException {
        return new Invoice(rs.getLong("id"), rs.getLong("invoice_number"), rs.getLong("customer_id"),
                rs.getObject("order_id", Long.class), rs.getObject("dropship_order_id", Long.class),
                new BillTo(rs.getString("bill_to_name"), rs.getString("bill_to_address"),
                        rs.getString("bill_to_postal_code"), rs.getString("bill_to_city"),
                        rs.getString("bill_to_country"), rs.getString("bill_to_organization_number"),
                        rs.getString("bill_to_vat_number"), rs.getString("bill_to_email")),
                rs.getObject("due_date", java.time.LocalDate.class),
                rs.getTimestamp("issued_at").toInstant(),
                List.of(),
                rs.getBigDecimal("total"));
    }

    private static InvoiceSummary summary(ResultSet rs, int rowNum) throws SQLException {
        return new InvoiceSummary(rs.getLong("id"), rs.getLong("invoice_number"), rs.getLong("customer_id"),
                new InvoiceBalance(rs.getBigDecimal("total"), rs.getBigDecimal("paid_amount").setScale(2)));
    }
}
