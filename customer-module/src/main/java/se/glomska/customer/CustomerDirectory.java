package se.glomska.customer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.internal.jdbc.CommitGuard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What other modules may ask the customer register: whether a customer may take a new record, whether
 * its records may be listed by it, and how to show a customer on a record or in a list. Other modules
 * never read the customer tables themselves.
 * <p>
 * After an anonymization the customer cannot be traced (erasure-rules.md section 8): every list or
 * search filtered by the customer answers 404 ({@link #listFilter}), and a record shows no customer id
 * and only {@code Xxxx} without a link ({@link #shown}). Every module goes through these two methods,
 * so the rule lives here once.
 */
@Service
public class CustomerDirectory {

    private final JdbcClient jdbc;

    CustomerDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Call inside the transaction that writes a new record for the customer, with the record's time (from the
     * module's injected {@link java.time.Clock}): it writes the customer's last activity (retention, issue 15),
     * which locks the customer row, so an erasure waits for the record to commit (and then sees it), a
     * record arriving after an erasure is refused, and a retention run never erases a customer whose record
     * is being written. The last activity only moves forward.
     * The write also guards the record against an erasure on another node of a Galera cluster: it carries a
     * random token ({@link CommitGuard}), the two writes conflict at commit, one of them is aborted (MariaDB
     * error 1213), and the services that call this retry it ({@link RetriedOnWriteConflict}).
     *
     * @throws UnknownCustomerException     when there is no such customer (404)
     * @throws CustomerAnonymizedException when the customer is anonymized (409)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockForNewRecord(CustomerId customer, Instant recordedAt) {
        Objects.requireNonNull(recordedAt, "recordedAt");
        long customerId = customer.value();
        if (CommitGuard.write(jdbc, customerId, true, false, recordedAt)) {
            return;
        }
        boolean anonymized = jdbc.sql("SELECT anonymized FROM customer WHERE id = :id")
                .param("id", customerId)
                .query(Boolean.class)
                .optional()
                .orElseThrow(() -> new UnknownCustomerException(customerId));
        if (anonymized) {
            throw new CustomerAnonymizedException(customerId);
        }
        throw new IllegalStateException("customer " + customerId + " was not written");
    }

    /**
     * The customer a list or search is filtered by, checked: call it before reading the rows. Without a
     * customer ({@code null}) the list is of all customers and nothing is checked.
     *
     * @return {@code customerId}
     * @throws UnknownCustomerException when there is no such customer or it is anonymized (404: its
     *                                  records can no longer be gathered by it, as its card has no tabs)
     */
    @Transactional(readOnly = true)
    public Long listFilter(Long customerId) {
        if (customerId == null) {
            return null;
        }
        boolean listable = jdbc.sql("SELECT NOT anonymized FROM customer WHERE id = :id")
                .param("id", customerId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
        if (!listable) {
            throw new UnknownCustomerException(customerId);
        }
        return customerId;
    }

    /**
     * How a single record shows its customer: its id and reference, or, once the customer is anonymized,
     * no id and {@code Xxxx} without a link. A record without a customer ({@code null}) shows none.
     */
    @Transactional(readOnly = true)
    public ShownCustomer shown(Long customerId) {
        return ShownCustomer.of(customerId, customerId == null ? null : ref(CustomerId.of(customerId)));
    }

    /** The reference a list row shows for the customer; {@code Xxxx} without a link when anonymized. */
    @Transactional(readOnly = true)
    public CustomerRef ref(CustomerId customer) {
        long customerId = customer.value();
        return refs(java.util.List.of(customerId)).getOrDefault(customerId, CustomerRef.anonymized());
    }

    /**
     * References for many customers in one query, for list endpoints. A customer that no longer
     * exists or is anonymized is shown as {@code Xxxx} without a link.
     */
    @Transactional(readOnly = true)
    public Map<Long, CustomerRef> refs(Collection<Long> customerIds) {
        Map<Long, CustomerRef> refs = new HashMap<>();
        if (customerIds.isEmpty()) {
            return refs;
        }
        jdbc.sql("""
                SELECT id, kind, first_name, last_name, name, anonymized FROM customer WHERE id IN (:ids)""")
                .param("ids", customerIds.stream().distinct().toList())
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    CustomerRef ref = rs.getBoolean("anonymized") ? CustomerRef.anonymized()
                            : CustomerRef.of(id, se.glomska.customer.internal.domain.DisplayName.of(rs.getString("kind"), rs.getString("first_name"),
                                    rs.getString("last_name"), rs.getString("name")));
                    return Map.entry(id, ref);
                })
                .list()
                .forEach(e -> refs.put(e.getKey(), e.getValue()));
        for (Long id : customerIds) {
            refs.putIfAbsent(id, CustomerRef.anonymized());
        }
        return refs;
    }

    /**
     * A list row as a module's repository reads it, before its customer is named: the customer's id
     * ({@code null} for a record of no customer) and how to build the row from the customer's reference.
     * The row itself never holds the id.
     */
    public record Unnamed<T>(Long customerId, Function<CustomerRef, T> row) {
    }

    /** The rows with their customers named, looked up in one query ({@link #refs}). */
    @Transactional(readOnly = true)
    public <T> Page<T> named(Page<Unnamed<T>> rows) {
        Map<Long, CustomerRef> refs = refs(rows.items().stream().map(Unnamed::customerId).filter(Objects::nonNull)
                .toList());
        return rows.map(r -> r.row().apply(r.customerId() == null ? null : refs.get(r.customerId())));
    }
}
