package se.glomska.sales.internal.jdbc;

import se.glomska.customer.CustomerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.glomska.sales.internal.domain.Line;
import se.glomska.sales.internal.domain.NewQuote;
import se.glomska.customer.CustomerDirectory.Unnamed;
import se.glomska.customer.Page;
import se.glomska.sales.QuoteLine;
import se.glomska.sales.internal.domain.Quote;
import se.glomska.sales.internal.domain.Quotes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Repository
class JdbcQuotes implements Quotes {

    private final JdbcClient jdbc;
    private final LineTable lines;

    JdbcQuotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.lines = new LineTable(jdbc, "sales_quote_line", "quote_id");
    }

    @Override
    public long add(NewQuote quote, BigDecimal total) {
        long id = Rows.insert(Rows.bind(Rows.bind(jdbc.sql("INSERT INTO sales_quote (customer_id, customer_reference, "
                                + Rows.documentAddressColumns("invoice") + ", " + Rows.documentAddressColumns("delivery")
                                + ", published_comment, terms, internal_comment, total) VALUES (:customerId, :customerReference, "
                                + Rows.documentAddressParams("invoice") + ", " + Rows.documentAddressParams("delivery")
                                + ", :publishedComment, :terms, :internalComment, :total)")
                        .param("customerId", quote.customerId())
                        .param("customerReference", quote.customerReference())
                        .param("publishedComment", quote.publishedComment())
                        .param("terms", quote.terms())
                        .param("internalComment", quote.internalComment())
                        .param("total", total), "invoice", quote.invoiceAddress()), "delivery", quote.deliveryAddress()));
        lines.add(id, CustomerId.of(quote.customerId()), quote.lines());
        return id;
    }

    @Override
    public Optional<Quote> find(long id) {
        List<Line> quoteLines = lines.of(id);
        return jdbc.sql("SELECT * FROM sales_quote WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Quote(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("customer_reference"),
                        Rows.documentAddress(rs, "invoice"), Rows.documentAddress(rs, "delivery"),
                        rs.getString("published_comment"), rs.getString("terms"), rs.getString("internal_comment"),
                        quoteLines, rs.getBigDecimal("total"), Rows.instant(rs, "created_at")))
                .optional();
    }

    @Override
    public Page<Unnamed<QuoteLine>> list(Long customerId, Page.Request page) {
        String where = customerId == null ? "" : " WHERE customer_id = :customerId";
        JdbcClient.StatementSpec count = jdbc.sql("SELECT COUNT(*) FROM sales_quote" + where);
        JdbcClient.StatementSpec items = jdbc.sql("SELECT id, customer_id, total, created_at FROM sales_quote" + where
                        + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .param("limit", page.size())
                .param("offset", page.offset());
        if (customerId != null) {
            count = count.param("customerId", customerId);
            items = items.param("customerId", customerId);
        }
        return new Page<>(items.query((rs, n) -> {
            long id = rs.getLong("id");
            BigDecimal total = rs.getBigDecimal("total");
            Instant createdAt = Rows.instant(rs, "created_at");
            return new Unnamed<>(rs.getLong("customer_id"), ref -> new QuoteLine(id, ref, total, createdAt));
        }).list(), page.page(), page.size(), count.query(Long.class).single());
    }
}
