package se.glomska.accounting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import se.glomska.customer.spi.AnonymizationParticipant;
import se.glomska.customer.spi.PersonalDataTable;
import se.glomska.erasure.ErasureSpec;

import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Guard 2 of ADR 0001: MariaDB itself refuses UPDATE and DELETE on the bookkeeping tables, whoever sends
 * them (this test sends them over plain JDBC, past the application).
 */
class BookkeepingTriggersTest extends AccountingApiSupport {

    @Autowired
    List<AnonymizationParticipant> participants;

    private long invoiceId;
    private long receiptId;

    @BeforeEach
    void bookkeepingRecords() {
        invoiceId = invoiceOf("100.00");
        assertThat(api().post("/api/invoices/" + invoiceId + "/payments", payment("10.00", "2025-04-01")).status())
                .isEqualTo(201);
        receiptId = created("/api/receipts", Map.of("paidAt", "2025-03-03T12:00:00Z", "paymentMethod", "CASH",
                "lines", List.of(line("Möbelvax, 250 ml", "1", "149.00"))), "/api/receipts");
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @CsvSource(quoteCharacter = '"', value = {
            "accounting_invoice,      UPDATE accounting_invoice SET bill_to_name = 'Rättad' WHERE id = :invoice,                  updated",
            "accounting_invoice,      DELETE FROM accounting_invoice WHERE id = :invoice,                                         deleted",
            "accounting_invoice_line, UPDATE accounting_invoice_line SET unit_price = 0 WHERE invoice_id = :invoice,              updated",
            "accounting_invoice_line, DELETE FROM accounting_invoice_line WHERE invoice_id = :invoice,                            deleted",
            "accounting_payment,      UPDATE accounting_payment SET amount = 100.00 WHERE invoice_id = :invoice,                  updated",
            "accounting_payment,      DELETE FROM accounting_payment WHERE invoice_id = :invoice,                                 deleted",
            "accounting_receipt,      UPDATE accounting_receipt SET payment_method = 'CARD' WHERE id = :receipt,                  updated",
            "accounting_receipt,      DELETE FROM accounting_receipt WHERE id = :receipt,                                         deleted",
            "accounting_receipt_line, UPDATE accounting_receipt_line SET description = 'Rättad' WHERE receipt_id = :receipt,      updated",
            "accounting_receipt_line, DELETE FROM accounting_receipt_line WHERE receipt_id = :receipt,                            deleted"
    })
    void theDatabaseRefusesTheStatementWithTheTriggersMessage(String table, String statement, String verb) {
        long before = rows(table);
        String message = "Bokföringslagen: " + table + " rows are never " + verb;

        assertThatThrownBy(() -> jdbc.sql(statement)
                .param("invoice", invoiceId)
                .param("receipt", receiptId)
                .update())
                .rootCause()
                .isInstanceOf(SQLException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("45000"));

        assertThat(rows(table)).as("rows of this invoice or receipt").isEqualTo(before);
        assertThat(jdbc.sql("SELECT bill_to_name FROM accounting_invoice WHERE id = ?").param(1, invoiceId)
                .query(String.class).single()).isNotEqualTo("Rättad");
    }

    /**
     * The tables the spec keeps as bookkeeping records (the answer key {@link ErasureSpec}), the tables the
     * modules declare BOOKKEEPING and the tables the architecture rules guard are the same, and each has
     * both triggers; no other accounting table has one (reminders and receipt links are still cleared).
     */
    @Test
    void everyBookkeepingTableHasBothTriggers() {
        Set<String> spec = ErasureSpec.tables().values().stream()
                .filter(t -> t.kind() == ErasureSpec.TableKind.BOOKKEEPING).map(ErasureSpec.Table::name)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = participants.stream().flatMap(p -> p.tables().stream())
                .filter(t -> t.kind() == PersonalDataTable.Kind.BOOKKEEPING).map(t -> t.table().toLowerCase())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(declared).as("tables declared BOOKKEEPING").isEqualTo(spec);
        assertThat(new TreeSet<>(BookkeepingRules.BOOKKEEPING_TABLES)).as("tables the architecture rules guard")
                .isEqualTo(spec);

        List<String> triggers = jdbc.sql("""
                SELECT CONCAT(LOWER(event_object_table), ' ', action_timing, ' ', event_manipulation)
                  FROM information_schema.triggers WHERE trigger_schema = DATABASE()""")
                .query(String.class).list();
        Set<String> bookkeeping = new TreeSet<>(spec);
        bookkeeping.addAll(declared);
        List<String> expected = bookkeeping.stream()
                .flatMap(t -> Stream.of(t + " BEFORE UPDATE", t + " BEFORE DELETE")).toList();
        assertThat(triggers).as("triggers of the schema").containsAll(expected);
        assertThat(triggers.stream().filter(t -> t.startsWith("accounting")).toList())
                .as("triggers of the accounting tables").containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theErasureMayStillDeleteAReceiptsCustomerLinkAndClearAReminder() {
        long customerId = customer(unique("Länk"));
        long linked = created("/api/receipts", Map.of("customerId", customerId, "customerName", "Anna",
                "paidAt", "2025-03-03T12:00:00Z", "paymentMethod", "CASH",
                "lines", List.of(line("x", "1", "1.00"))), "/api/receipts");
        long reminder = created("/api/invoices/" + invoiceId + "/reminders", Map.of("recipientName", "Anna"),
                "/api/reminders");

        assertThat(jdbc.sql("UPDATE accounting_payment_reminder SET recipient_name = NULL WHERE id = ?")
                .param(1, reminder).update()).isEqualTo(1);
        assertThat(jdbc.sql("DELETE FROM accounting_receipt_customer WHERE receipt_id = ?")
                .param(1, linked).update()).isEqualTo(1);
    }

    private long rows(String table) {
        String where = switch (table) {
            case "accounting_invoice" -> "id = " + invoiceId;
            case "accounting_receipt" -> "id = " + receiptId;
            case "accounting_receipt_line" -> "receipt_id = " + receiptId;
            default -> "invoice_id = " + invoiceId;
        };
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + where).query(Long.class).single();
    }
}
