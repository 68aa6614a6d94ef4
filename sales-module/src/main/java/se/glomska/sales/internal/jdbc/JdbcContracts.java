package se.glomska.sales.internal.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.glomska.sales.internal.domain.Contract;
import se.glomska.sales.internal.domain.Contracts;
import se.glomska.sales.internal.domain.NewContract;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

@Repository
class JdbcContracts implements Contracts {

    private final JdbcClient jdbc;

    JdbcContracts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long add(NewContract contract) {
        return Rows.insert(jdbc.sql("""
                        INSERT INTO sales_contract (customer_id, customer_reference, recipient, email, description, start_date, end_date)
                        VALUES (:customerId, :customerReference, :recipient, :email, :description, :startDate, :endDate)""")
                .param("customerId", contract.customerId())
                .param("customerReference", contract.customerReference())
                .param("recipient", contract.recipient())
                .param("email", contract.email())
                .param("description", contract.description())
                .param("startDate", contract.startDate())
                .param("endDate", contract.endDate()));
    }

    @Override
    public Optional<Contract> find(long id) {
        return jdbc.sql("SELECT * FROM sales_contract WHERE id = :id").param("id", id).query(JdbcContracts::contract).optional();
    }

    @Override
    public List<Contract> ofCustomers(java.util.Collection<Long> customerIds) {
        return jdbc.sql("SELECT * FROM sales_contract WHERE customer_id IN (:customerIds) ORDER BY id")
                .param("customerIds", customerIds)
                .query(JdbcContracts::contract)
                .list();
    }

    private static Contract contract(ResultSet rs, int rowNum) throws SQLException {
        return new Contract(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("customer_reference"),
                rs.getString("recipient"), rs.getString("email"), rs.getString("description"),
                rs.getObject("start_date", java.time.LocalDate.class), rs.getObject("end_date", java.time.LocalDate.class),
                Rows.instant(rs, "created_at"));
    }

    @Override
    public List<Contract.Ended> endedBetween(java.time.LocalDate from, java.time.LocalDate to) {
        return jdbc.sql("SELECT id, customer_id FROM sales_contract WHERE end_date BETWEEN :from AND :to ORDER BY id")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Contract.Ended(rs.getLong("id"), rs.getLong("customer_id")))
                .list();
    }
}
