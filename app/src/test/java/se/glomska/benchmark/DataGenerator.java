package se.glomska.benchmark;

import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.List;

/**
 * Fills every module's own tables with realistic Swedish data, set-based: each statement inserts
 * the rows of one table for a whole batch of customers, driven by MariaDB's Sequence engine
 * ({@code seq_1_to_N}). A million customers take a few statements, not a million round trips.
 * <p>
 * Three shapes:
 * <ul>
 *   <li>{@link #register(int, int)}: customer rows only, for searching; every n-th one already
 *       anonymized exactly as the erasure leaves it;</li>
 *   <li>{@link #ordinary(int)}: customers and prospects with about 20 records each across the
 *       modules (a customer: branch, property, quote, order with delivery and commercial invoice,
 *       invoice with payment, activities, support case with reply, mail; a prospect: property, quotes,
 *       activities, support case with reply, mails);</li>
 *   <li>{@link #heavy(HeavyHistory)}: one company with years of history ({@link HeavyHistory#DEFAULT}).</li>
 * </ul>
 * Every history is finished (delivered, invoiced, paid, contracts ended), so the application offers
 * ANONYMIZE and nothing blocks it. Values depend on the position of a record within its batch, not
 * on its id, so two batches made with the same arguments are identical copies but for ids and numbers.
 * <p>
 * Never assumes an empty database: ids continue after the largest present, the customer number
 * sequence, the order number sequence and the invoice number series are advanced past what it used.
 * Runs alone: nothing else may write the same tables meanwhile.
 */
public final class DataGenerator {

    /** Consecutive ids of the customers one call created. */
    public record Ids(long first, long last) {
        public long count() {
            return last - first + 1;
        }

        public java.util.stream.LongStream stream() {
            return java.util.stream.LongStream.rangeClosed(first, last);
        }
    }

    private static final int CHUNK = 100_000;

    private final JdbcClient jdbc;

    public DataGenerator(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    // ------------------------------------------------------------------ customers

    /**
     * {@code count} customers and prospects without history, 70 % persons and 30 % companies; when
     * {@code anonymizeEvery > 0}, every {@code anonymizeEvery}-th is anonymized as the erasure does it.
     */
    public Ids register(int count, int anonymizeEvery) {
        Ids ids = customers(count, "MOD(x.h DIV 17, 10) < 7", "IF(MOD(x.n, 5) = 0, 'PROSPECT', 'CUSTOMER')");
        if (anonymizeEvery > 0) {
            for (long from = ids.first(); from <= ids.last(); from += CHUNK) {
                jdbc.sql(FloorErasure.CUSTOMER_ROW.replace("WHERE id = ?",
                                "WHERE id BETWEEN " + from + " AND " + Math.min(ids.last(), from + CHUNK - 1)
                                        + " AND MOD(id - " + (ids.first() - 1) + ", " + anonymizeEvery + ") = 0"))
                        .param(java.sql.Timestamp.from(java.time.Instant.now()))
                        .update();
            }
        }
        return ids;
    }

    /** {@code count} customers (every fifth a prospect) with about 20 records each, ready to anonymize. */
    public Ids ordinary(int count) {
        Ids ids = customers(count, "MOD(x.h DIV 17, 10) < 7", "IF(MOD(x.n, 5) = 0, 'PROSPECT', 'CUSTOMER')");
        // per customer / per prospect
        branches(ids, 1, 0);
        properties(ids);
        quotes(ids, 1, 2);
        Range orders = orders(ids, 1, 0);
        Range deliveries = deliveries(orders);
        commercialInvoices(deliveries);
        Range orderInvoices = invoicesForOrders(orders);
        payments(orderInvoices);
        activities(ids, 2, 8);
        Range cases = supportCases(ids, 1, 1);
        replies(cases, 1);
        mails(ids, 1, 2);
        return ids;
    }

    /** One company customer with the given history, ready to anonymize. */
    public long heavy(HeavyHistory h) {
        Ids ids = customers(1, "FALSE", "'CUSTOMER'");
        branches(ids, h.branches(), h.branches());
        creditReports(ids, h.creditReports(), h.creditReportBytes());
        quotes(ids, h.quotes(), h.quotes());
        Range orders = orders(ids, h.orders(), h.orders());
        Range deliveries = deliveries(orders);
        commercialInvoices(deliveries);
        Range dropships = dropshipOrders(ids, h.dropshipOrders());
        Range purchases = purchases(dropships);
        inboundDeliveries(purchases);
        contracts(ids, h.contracts());
        activities(ids, h.activities(), h.activities());
        Range cases = supportCases(ids, h.supportCases(), h.supportCases());
        replies(cases, h.repliesPerCase());
        mails(ids, h.mails(), h.mails());
        Range orderInvoices = invoicesForOrders(orders);
        payments(orderInvoices);
        reminders(orderInvoices);
        receipts(ids, h.orders());
        payments(invoicesForDropshipOrders(dropships));
        return ids.first();
    }

    /** Ids {@code (after, last]} of the rows one statement inserted into a table. */
    private record Range(String table, long after, long last) {
        long count() {
            return last - after;
        }

        String where(String alias) {
            return alias + ".id > " + after + " AND " + alias + ".id <= " + last;
        }
    }

    private Ids customers(int count, String personExpr, String relationExpr) {
        long base = maxId("customer");
        long firstNumber = jdbc.sql("SELECT NEXT VALUE FOR customer_number_seq").query(Long.class).single();
        for (int from = 1; from <= count; from += CHUNK) {
            int to = Math.min(count, from + CHUNK - 1);
            jdbc.sql(CUSTOMERS
                            .replace("{seq}", "seq_" + from + "_to_" + to)
                            .replace("{base}", Long.toString(base))
                            .replace("{number}", Long.toString(firstNumber - 1))
                            .replace("{person}", personExpr)
                            .replace("{relation}", relationExpr)
                            .replace("{first}", Pick.of("x.h", Names.FIRST))
                            .replace("{firstAscii}", Pick.of("x.h", Names.FIRST_ASCII))
                            .replace("{last}", Pick.of("x.h DIV 50", Names.LAST))
                            .replace("{lastAscii}", Pick.of("x.h DIV 50", Names.LAST_ASCII))
                            .replace("{contactFirst}", Pick.of("x.h DIV 7", Names.FIRST))
                            .replace("{contactLast}", Pick.of("x.h DIV 11", Names.LAST))
                            .replace("{place}", Pick.of("x.h DIV 101", Names.COMPANY_PLACE))
                            .replace("{placeAscii}", Pick.of("x.h DIV 101", Names.COMPANY_PLACE_ASCII))
                            .replace("{trade}", Pick.of("x.h DIV 4001", Names.COMPANY_TRADE))
                            .replace("{tradeAscii}", Pick.of("x.h DIV 4001", Names.COMPANY_TRADE_ASCII))
                            .replace("{suffix}", Pick.of("x.h DIV 97", Names.COMPANY_SUFFIX))
                            .replace("{street}", Pick.of("x.h DIV 13", Names.STREETS))
                            .replace("{city}", Pick.of("x.h DIV 4000", Names.CITY))
                            .replace("{postal}", Pick.of("x.h DIV 4000", Names.POSTAL))
                            .replace("{region}", Pick.of("x.h DIV 4000", Names.REGION))
                            .replace("{lat}", Pick.of("x.h DIV 4000", Names.LAT))
                            .replace("{lon}", Pick.of("x.h DIV 4000", Names.LON))
                            .replace("{area}", Pick.of("x.h DIV 4000", Names.AREA_CODE))
                            .replace("{domain}", Pick.of("x.h DIV 19", Names.MAIL_DOMAIN)))
                    .update();
        }
        // NOCACHE said again: on a Galera cluster an ALTER SEQUENCE without it is refused ("CACHE without INCREMENT BY 0")
        jdbc.sql("ALTER SEQUENCE customer_number_seq NOCACHE RESTART WITH " + (firstNumber + count)).update();
        return new Ids(base + 1, base + count);
    }

    /** The customer rows; {@code x.n} is the position in the batch, {@code x.h} a hash of it. */
    private static final String CUSTOMERS = """
            INSERT INTO customer (id, customer_number, kind, relation, first_name, last_name, name,
                organization_number, vat_number, gender, customer_group, country, region, delivery_country,
                accepts_email_marketing, accepts_postal_marketing, info, internal_info,
                invoice_company_name, invoice_attention, invoice_line1, invoice_line2, invoice_line3,
                invoice_postal_code, invoice_city, invoice_region, invoice_country, invoice_latitude, invoice_longitude,
                visit_company_name, visit_line1, visit_line2, visit_line3, visit_postal_code, visit_city, visit_region,
                visit_country, visit_latitude, visit_longitude,
                contact_person, phone, mobile, fax, email, website, birth_date, created_at)
            SELECT z.id, CAST(z.number AS CHAR), IF(z.person, 'PERSON', 'COMPANY'), z.relation,
                IF(z.person, z.first, NULL), IF(z.person, z.last, NULL), IF(z.person, NULL, z.company),
                IF(z.person, CONCAT(DATE_FORMAT(z.born, '%y%m%d'), '-', LPAD(MOD(z.h, 10000), 4, '0')),
                             CONCAT('55', LPAD(MOD(z.h DIV 3, 10000), 4, '0'), '-', LPAD(MOD(z.h, 10000), 4, '0'))),
                IF(z.person, NULL, CONCAT('SE55', LPAD(MOD(z.h DIV 3, 10000), 4, '0'), LPAD(MOD(z.h, 10000), 4, '0'), '01')),
                IF(z.person, IF(MOD(z.h, 2) = 0, 'FEMALE', 'MALE'), NULL),
                ELT(1 + MOD(z.h DIV 3, 3), 'Privat', 'Företag', 'Återförsäljare'),
                'SE', z.region, 'SE', MOD(z.h DIV 5, 2) = 0, MOD(z.h DIV 11, 3) = 0,
                CONCAT('Kund sedan ', 2005 + MOD(z.h, 20)),
                IF(MOD(z.h, 4) = 0, 'Kreditgräns 50 000 kr. Betalar alltid i tid.', NULL),
                z.display, IF(z.person, NULL, z.contact), z.street, IF(MOD(z.h, 6) = 0, 'Box 12', NULL), NULL,
                z.postal, z.city, z.region, 'SE', z.lat, z.lon,
                z.display, z.street, IF(MOD(z.h, 9) = 0, 'Port B', NULL), NULL, z.postal, z.city, z.region, 'SE',
                z.lat, z.lon,
                IF(z.person, z.display, z.contact), z.phone, z.mobile, IF(z.person, NULL, z.phone),
                IF(z.person, CONCAT(z.firstAscii, '.', z.lastAscii, '.', z.number, '@', z.domain),
                             CONCAT('info@', z.domainAscii, '.se')),
                IF(z.person, NULL, CONCAT('https://www.', z.domainAscii, '.se')),
                IF(z.person, z.born, NULL), z.created
            FROM (SELECT y.*,
                    IF(y.person, CONCAT(y.first, ' ', y.last), y.company) AS display,
                    CONCAT(y.contactFirst, ' ', y.contactLast) AS contact
                  FROM (SELECT x.n, x.h, {base} + x.n AS id, {number} + x.n AS number,
                          {person} AS person, {relation} AS relation,
                          {first} AS first, {firstAscii} AS firstAscii, {last} AS last, {lastAscii} AS lastAscii,
                          {contactFirst} AS contactFirst, {contactLast} AS contactLast,
                          CONCAT({place}, ' ', {trade}, ' ', {suffix}) AS company,
                          CONCAT({placeAscii}, {tradeAscii}) AS domainAscii,
                          CONCAT({street}, ' ', 1 + MOD(x.h DIV 7, 120)) AS street,
                          {city} AS city, CONCAT({postal}, ' ', LPAD(MOD(x.h DIV 29, 100), 2, '0')) AS postal,
                          {region} AS region,
                          {lat} + (MOD(x.h DIV 31, 1000) - 500) / 20000 AS lat,
                          {lon} + (MOD(x.h DIV 37, 1000) - 500) / 20000 AS lon,
                          CONCAT({area}, '-', LPAD(MOD(x.h DIV 41, 1000000), 6, '0')) AS phone,
                          CONCAT('07', MOD(x.h DIV 43, 10), '-', LPAD(MOD(x.h DIV 47, 10000000), 7, '0')) AS mobile,
                          {domain} AS domain,
                          DATE('1940-01-01') + INTERVAL MOD(x.h DIV 53, 22000) DAY AS born,
                          TIMESTAMP('2012-01-01 08:00:00') + INTERVAL MOD(x.h DIV 59, 4000) DAY AS created
                        FROM (SELECT CAST(s.seq AS SIGNED) AS n, CAST(MOD(s.seq * 48271 + 12345, 2147483647) AS SIGNED) AS h
                              FROM {seq} s) x) y) z""";

    // ------------------------------------------------------------------ customer module

    private void branches(Ids customers, int perCustomer, int perProspect) {
        Owners o = owners(customers, perCustomer, perProspect);
        if (o == null) {
            return;
        }
        jdbc.sql("""
                INSERT INTO customer_branch (customer_id, name, line1, line2, postal_code, city, country, phone, email,
                    contact_person, notes)
                SELECT o.cid, CONCAT('Filial ', {city}), CONCAT({street}, ' ', 1 + MOD({h}, 90)),
                    IF(MOD({h}, 3) = 0, 'Plan 2', NULL), CONCAT({postal}, ' ', LPAD(MOD({h}, 100), 2, '0')), {city}, 'SE',
                    CONCAT({area}, '-', LPAD(MOD({h}, 1000000), 6, '0')), CONCAT('filial', o.k, '@example.se'),
                    CONCAT({first}, ' ', {last}), 'Öppet vardagar 7-16. Lastkaj på baksidan.'
                FROM {owners} ORDER BY o.rn"""
                .replace("{owners}", o.sql())
                .replace("{city}", o.pick(1, Names.CITY)).replace("{postal}", o.pick(1, Names.POSTAL))
                .replace("{area}", o.pick(1, Names.AREA_CODE))
                .replace("{street}", o.pick(2, Names.STREETS)).replace("{first}", o.pick(3, Names.FIRST))
                .replace("{last}", o.pick(4, Names.LAST)).replace("{h}", o.hash(5))).update();
    }

    private void properties(Ids customers) {
        Owners o = owners(customers, 1, 1);
        jdbc.sql("""
                INSERT INTO customer_property (customer_id, property_key, property_value)
                SELECT o.cid, 'kundtyp', {value} FROM {owners} ORDER BY o.rn"""
                .replace("{owners}", o.sql())
                .replace("{value}", o.pick(1, List.of("stamkund", "ny kund", "säsongskund", "storkund")))).update();
    }

    private void creditReports(Ids customers, int count, int pdfBytes) {
        Owners o = owners(customers, count, count);
        if (o == null) {
            return;
        }
        Range reports = insert("credit_report", () -> jdbc.sql("""
                INSERT INTO credit_report (id, customer_id, provider, rating, reported_at, notes, file_name)
                SELECT {base} + o.rn, o.cid, {provider}, {rating}, DATE('2015-03-01') + INTERVAL o.k * 91 DAY,
                    'Kreditupplysning inför ökad kreditgräns', CONCAT('kreditupplysning-', o.k, '.pdf')
                FROM {owners} ORDER BY o.rn"""
                .replace("{owners}", o.sql()).replace("{base}", Long.toString(maxId("credit_report")))
                .replace("{provider}", o.pick(1, List.of("UC AB", "Creditsafe i Sverige AB", "Bisnode Sverige AB")))
                .replace("{rating}", o.pick(2, List.of("AAA", "AA", "A", "B")))).update(), null);
        // A PDF of the requested size: a header, repeated page content, a trailer.
        int body = pdfBytes - 16;
        jdbc.sql("""
                INSERT INTO credit_report_file (id, customer_id, content)
                SELECT r.id, r.customer_id, CONCAT('%PDF-1.4\\n', LEFT(REPEAT(CONCAT(MD5(r.id - {after}), '\\n'), {repeat}), {body}), '\\n%%EOF\\n')
                FROM credit_report r WHERE {where}"""
                .replace("{after}", Long.toString(reports.after()))
                .replace("{repeat}", Integer.toString(body / 33 + 1))
                .replace("{body}", Integer.toString(body - 1))
                .replace("{where}", reports.where("r"))).update();
    }

    // ------------------------------------------------------------------ sales

    /** The document addresses of a sales record, copied from the customer {@code c}. */
    private static final String DISPLAY = "IF(c.kind = 'PERSON', CONCAT(c.first_name, ' ', c.last_name), c.name)";

    private Range quotes(Ids customers, int perCustomer, int perProspect) {
        Owners o = owners(customers, perCustomer, perProspect);
        if (o == null) {
            return new Range("sales_quote", maxId("sales_quote"), maxId("sales_quote"));
        }
        return insert("sales_quote", () -> jdbc.sql("""
                INSERT INTO sales_quote (id, customer_id, customer_reference, invoice_name, invoice_attention,
                    invoice_address, invoice_postal_code, invoice_city, invoice_region, invoice_country,
                    delivery_name, delivery_attention, delivery_address, delivery_postal_code, delivery_city,
                    delivery_region, delivery_country, published_comment, terms, internal_comment, total, created_at)
                SELECT {base} + o.rn, o.cid, {reference}, {display}, c.contact_person, c.invoice_line1, c.invoice_postal_code,
                    c.invoice_city, c.invoice_region, c.invoice_country, {display}, c.contact_person, c.visit_line1,
                    c.visit_postal_code, c.visit_city, c.visit_region, c.visit_country, {published}, {terms},
                    {internal}, {total}, TIMESTAMP('2016-01-01 09:00:00') + INTERVAL MOD({h}, 3000) DAY
                FROM {owners} JOIN customer c ON c.id = o.cid ORDER BY o.rn"""
                .replace("{owners}", o.sql()).replace("{display}", DISPLAY)
                .replace("{base}", Long.toString(maxId("sales_quote")))
                .replace("{reference}", o.pick(1, Names.REFERENCES))
                .replace("{published}", o.pick(2, Names.PUBLISHED_COMMENTS))
                .replace("{terms}", o.pick(3, Names.TERMS))
                .replace("{internal}", o.pick(4, Names.INTERNAL_COMMENTS))
                .replace("{total}", Lines.total("o.rn"))
                .replace("{h}", o.hash(5))).update(), heads -> lines("sales_quote_line", "quote_id", heads));
    }

    private Range orders(Ids customers, int perCustomer, int perProspect) {
        Owners o = owners(customers, perCustomer, perProspect);
        if (o == null) {
            return new Range("sales_order", maxId("sales_order"), maxId("sales_order"));
        }
        long firstNumber = jdbc.sql("SELECT NEXT VALUE FOR sales_order_number_seq").query(Long.class).single();
        Range orders = insert("sales_order", () -> jdbc.sql("""
                INSERT INTO sales_order (id, customer_id, order_number, customer_reference, customer_order_reference,
                    notification_mobile, invoice_name, invoice_attention, invoice_address, invoice_postal_code,
                    invoice_city, invoice_region, invoice_country, delivery_name, delivery_attention, delivery_address,
                    delivery_postal_code, delivery_city, delivery_region, delivery_country, published_comment, terms,
                    internal_comment, total, delivered, invoiced, created_at)
                SELECT {base} + o.rn, o.cid, CAST({number} + o.rn AS CHAR), {reference}, CONCAT('IO-', 1000 + MOD({h}, 9000)),
                    c.mobile, {display}, c.contact_person, c.invoice_line1, c.invoice_postal_code, c.invoice_city,
                    c.invoice_region, c.invoice_country, {display}, c.contact_person, c.visit_line1, c.visit_postal_code,
                    c.visit_city, c.visit_region, c.visit_country, {published}, {terms}, {internal}, {total},
                    TRUE, TRUE, TIMESTAMP('2016-01-01 10:00:00') + INTERVAL MOD({h}, 3000) DAY
                FROM {owners} JOIN customer c ON c.id = o.cid ORDER BY o.rn"""
                .replace("{owners}", o.sql()).replace("{display}", DISPLAY)
                .replace("{base}", Long.toString(maxId("sales_order")))
                .replace("{number}", Long.toString(firstNumber - 1))
                .replace("{reference}", o.pick(1, Names.REFERENCES))
                .replace("{published}", o.pick(2, Names.PUBLISHED_COMMENTS))
                .replace("{terms}", o.pick(3, Names.TERMS))
                .replace("{internal}", o.pick(4, Names.INTERNAL_COMMENTS))
                .replace("{total}", Lines.total("o.rn"))
                .replace("{h}", o.hash(5))).update(), heads -> lines("sales_order_line", "order_id", heads));
        jdbc.sql("ALTER SEQUENCE sales_order_number_seq NOCACHE RESTART WITH " + (firstNumber + orders.count())).update();
        return orders;
    }

    private Range deliveries(Range orders) {
        return insert("sales_delivery", () -> jdbc.sql("""
                INSERT INTO sales_delivery (order_id, customer_id, customer_reference, notification_mobile,
                    invoice_name, invoice_attention, invoice_address, invoice_postal_code, invoice_city, invoice_region,
                    invoice_country, delivery_name, delivery_attention, delivery_address, delivery_postal_code,
                    delivery_city, delivery_region, delivery_country, published_comment, internal_comment, delivered_at)
                SELECT p.id, p.customer_id, p.customer_reference, p.notification_mobile, p.invoice_name,
                    p.invoice_attention, p.invoice_address, p.invoice_postal_code, p.invoice_city, p.invoice_region,
                    p.invoice_country, p.delivery_name, p.delivery_attention, p.delivery_address, p.delivery_postal_code,
                    p.delivery_city, p.delivery_region, p.delivery_country, 'Levereras med DHL, kolli märkt med ordernummer',
                    'Plockad av lager 2', p.created_at + INTERVAL 2 DAY
                FROM sales_order p WHERE {where} ORDER BY p.id"""
                .replace("{where}", orders.where("p"))).update(), null);
    }

    private void commercialInvoices(Range deliveries) {
        jdbc.sql("""
                INSERT INTO sales_commercial_invoice (delivery_id, customer_id, customer, name, address, postal_code,
                    city, country, recipient_organization_number, recipient_vat_number, recipient_name, recipient_email,
                    recipient_phone, created_at)
                SELECT d.id, d.customer_id, d.invoice_name, d.delivery_name, d.delivery_address, d.delivery_postal_code,
                    d.delivery_city, 'NO', c.organization_number, c.vat_number, c.contact_person, c.email, c.phone,
                    d.delivered_at
                FROM sales_delivery d JOIN customer c ON c.id = d.customer_id WHERE {where} ORDER BY d.id"""
                .replace("{where}", deliveries.where("d"))).update();
    }

    private Range dropshipOrders(Ids customers, int count) {
        Owners o = owners(customers, count, count);
        if (o == null) {
            return new Range("sales_dropship_order", maxId("sales_dropship_order"), maxId("sales_dropship_order"));
        }
        return insert("sales_dropship_order", () -> jdbc.sql("""
                INSERT INTO sales_dropship_order (id, customer_id, order_reference, phone, mobile, customer_name,
                    invoice_attention, invoice_address, invoice_postal_code, invoice_city, invoice_country,
                    delivery_attention, delivery_address, delivery_postal_code, delivery_city, delivery_country,
                    internal_comment, total, invoiced, created_at)
                SELECT {base} + o.rn, o.cid, {reference}, c.phone, c.mobile, {display}, c.contact_person, c.invoice_line1,
                    c.invoice_postal_code, c.invoice_city, 'DK', c.contact_person, c.visit_line1, c.visit_postal_code,
                    c.visit_city, 'DK', {internal}, {total}, TRUE,
                    TIMESTAMP('2017-01-01 11:00:00') + INTERVAL MOD({h}, 2500) DAY
                FROM {owners} JOIN customer c ON c.id = o.cid ORDER BY o.rn"""
                .replace("{owners}", o.sql()).replace("{display}", DISPLAY)
                .replace("{base}", Long.toString(maxId("sales_dropship_order")))
                .replace("{reference}", o.pick(1, Names.REFERENCES))
                .replace("{internal}", o.pick(2, Names.INTERNAL_COMMENTS))
                .replace("{total}", Lines.total("o.rn"))
                .replace("{h}", o.hash(3))).update(),
                heads -> lines("sales_dropship_order_line", "dropship_order_id", heads));
    }

    private Range purchases(Range dropships) {
        return insert("sales_dropship_purchase", () -> jdbc.sql("""
                INSERT INTO sales_dropship_purchase (dropship_order_id, customer_id, supplier_name, order_reference,
                    phone, mobile, published_comment, customer_name, delivery_attention, delivery_address,
                    delivery_postal_code, delivery_city, delivery_country, terms, internal_comment, created_at)
                SELECT p.id, p.customer_id, ELT(1 + MOD(p.id - {after}, 3), 'Nordic Supply A/S', 'Verktygsgrossisten AB',
                    'Baltic Parts OÜ'), p.order_reference, p.phone, p.mobile, 'Leverera direkt till kund, ring före',
                    p.customer_name, p.delivery_attention, p.delivery_address, p.delivery_postal_code, p.delivery_city,
                    p.delivery_country, 'Fritt vårt lager, 30 dagar netto', 'Inköp via ramavtal', p.created_at + INTERVAL 1 HOUR
                FROM sales_dropship_order p WHERE {where} ORDER BY p.id"""
                .replace("{after}", Long.toString(dropships.after()))
                .replace("{where}", dropships.where("p"))).update(), null);
    }

    private void inboundDeliveries(Range purchases) {
        jdbc.sql("""
                INSERT INTO sales_inbound_delivery (purchase_id, customer_id, received_at, country, terms, internal_comment)
                SELECT p.id, p.customer_id, p.created_at + INTERVAL 4 DAY, p.delivery_country, p.terms,
                    'Mottaget av kund enligt fraktsedel'
                FROM sales_dropship_purchase p WHERE {where} ORDER BY p.id"""
                .replace("{where}", purchases.where("p"))).update();
    }

    private void contracts(Ids customers, int count) {
        Owners o = owners(customers, count, count);
        if (o == null) {
            return;
        }
        // Ended: every end date lies at least a month in the past, so no contract is ongoing.
        jdbc.sql("""
                INSERT INTO sales_contract (customer_id, customer_reference, recipient, email, description, start_date,
                    end_date, created_at)
                SELECT o.cid, {reference}, c.contact_person, c.email, {description},
                    CURDATE() - INTERVAL (30 + o.k * 60) DAY - INTERVAL 1 YEAR, CURDATE() - INTERVAL (30 + o.k * 60) DAY,
                    TIMESTAMP(CURDATE() - INTERVAL (30 + o.k * 60) DAY - INTERVAL 1 YEAR)
                FROM {owners} JOIN customer c ON c.id = o.cid ORDER BY o.rn"""
                .replace("{owners}", o.sql())
                .replace("{reference}", o.pick(1, Names.REFERENCES))
                .replace("{description}", o.pick(2, List.of("Serviceavtal truckar, 4 besök per år",
                        "Ramavtal förbrukningsmaterial", "Hyra av lagerhyllor", "Support och underhåll av maskinpark"))))
                .update();
    }

    // ------------------------------------------------------------------ crm, support

    private void activities(Ids customers, int perCustomer, int perProspect) {
        Owners o = owners(customers, perCustomer, perProspect);
        if (o == null) {
            return;
        }
        jdbc.sql("""
                INSERT INTO crm_activity (customer_id, kind, status, subject, notes, contact_person, contact_email,
                    contact_phone, occurs_at, owner)
                SELECT o.cid, {kind}, {status}, {subject}, {notes}, c.contact_person, c.email, c.phone,
                    TIMESTAMP('2016-01-01 08:00:00') + INTERVAL MOD({h}, 3000) DAY + INTERVAL MOD({h}, 600) MINUTE,
                    {owner}
                FROM {owners} JOIN customer c ON c.id = o.cid ORDER BY o.rn"""
                .replace("{owners}", o.sql())
                .replace("{kind}", o.pick(1, List.of("CALL", "MEETING", "EMAIL", "TASK", "EVENT")))
                .replace("{status}", o.pick(2, List.of("DONE", "DONE", "DONE", "CANCELLED", "PLANNED")))
                .replace("{subject}", o.pick(3, List.of("Uppföljning av offert", "Genomgång av nytt sortiment",
                        "Reklamation kolli 2", "Kundbesök inför säsong", "Prisdiskussion ramavtal")))
                .replace("{notes}", o.pick(4, List.of("Kunden vill ha offert på 20 st till.",
                        "Ring tillbaka efter semestern.", "Önskar leverans på förmiddagar.",
                        "Intresserad av serviceavtal.")))
                .replace("{owner}", o.pick(5, List.of("salj.kalle", "salj.anna", "salj.per", "salj.lisa")))
                .replace("{h}", o.hash(6))).update();
    }

    private Range supportCases(Ids customers, int perCustomer, int perProspect) {
        Owners o = owners(customers, perCustomer, perProspect);
        if (o == null) {
            return new Range("support_case", maxId("support_case"), maxId("support_case"));
        }
        return insert("support_case", () -> jdbc.sql("""
                INSERT INTO support_case (id, customer_id, name, email, phone, subject, text, internal_comment,
                    created_at)
                SELECT {base} + o.rn, o.cid, c.contact_person, c.email, c.phone, {subject}, {text}, {internal},
                    TIMESTAMP('2016-01-01 08:00:00') + INTERVAL MOD({h}, 3000) DAY
                FROM {owners} JOIN customer c ON c.id = o.cid ORDER BY o.rn"""
                .replace("{owners}", o.sql()).replace("{base}", Long.toString(maxId("support_case")))
                .replace("{subject}", o.pick(1, List.of("Fel antal levererat", "Faktura saknas",
                        "Fråga om garanti", "Skadat gods")))
                .replace("{text}", o.pick(2, List.of("Hej! Vi fick 8 kartonger i stället för 10. Mvh",
                        "Kan ni skicka fakturan igen till vår nya adress?",
                        "Skruvdragaren slutade fungera efter två veckor.")))
                .replace("{internal}", o.pick(3, Names.INTERNAL_COMMENTS))
                .replace("{h}", o.hash(4))).update(), null);
    }

    private void replies(Range cases, int perCase) {
        if (perCase == 0 || cases.count() == 0) {
            return;
        }
        jdbc.sql("""
                INSERT INTO support_case_reply (case_id, customer_id, text, posted_at)
                SELECT p.id, p.customer_id, ELT(1 + MOD(p.id - {after} + j.seq, 3),
                    'Tack, vi skickar de saknade kartongerna i dag.', 'Vi har skickat fakturan på nytt.',
                    'Returnera maskinen så byter vi den.'), p.created_at + INTERVAL j.seq HOUR
                FROM support_case p JOIN seq_1_to_{n} j WHERE {where} ORDER BY p.id, j.seq"""
                .replace("{after}", Long.toString(cases.after()))
                .replace("{n}", Integer.toString(perCase))
                .replace("{where}", cases.where("p"))).update();
    }

    private void mails(Ids customers, int perCustomer, int perProspect) {
        Owners o = owners(customers, perCustomer, perProspect);
        if (o == null) {
            return;
        }
        jdbc.sql("""
                INSERT INTO support_mail (customer_id, document_type, document_id, name, email, phone, subject, text,
                    replies, internal_comment, sent_at)
                SELECT o.cid, {type}, 1 + MOD({h}, 100000), c.contact_person, c.email, c.phone, {subject},
                    'Hej! Här kommer dokumentet som PDF. Med vänliga hälsningar, Glömska AB',
                    IF(MOD({h}, 4) = 0, 'Tack, mottaget!', NULL), NULL,
                    TIMESTAMP('2016-01-01 08:00:00') + INTERVAL MOD({h}, 3000) DAY
                FROM {owners} JOIN customer c ON c.id = o.cid ORDER BY o.rn"""
                .replace("{owners}", o.sql())
                .replace("{type}", o.pick(1, List.of("QUOTE", "ORDER", "INVOICE", "DOCUMENT")))
                .replace("{subject}", o.pick(2, List.of("Er offert", "Orderbekräftelse", "Faktura", "Dokument")))
                .replace("{h}", o.hash(3))).update();
    }

    // ------------------------------------------------------------------ accounting

    private Range invoicesForOrders(Range orders) {
        return invoices(orders, "order_id");
    }

    private Range invoicesForDropshipOrders(Range dropships) {
        return invoices(dropships, "dropship_order_id");
    }

    /**
     * One invoice per order (or dropship order) with the order's lines, and the order marked invoiced.
     * <p>
     * The accounting tables are filled without a column list, every column in table order: MariaDB
     * 11.4.5 fails a multi-row INSERT ... SELECT with a column list into a table that has triggers
     * (here the Bokföringslagen guards on UPDATE and DELETE) with "Column '...' cannot be null" from the
     * second row on. A column added to these tables makes the statements fail loudly.
     */
    private Range invoices(Range orders, String orderColumn) {
        if (orders.count() == 0) {
            return new Range("accounting_invoice", maxId("accounting_invoice"), maxId("accounting_invoice"));
        }
        long firstNumber = jdbc.sql("SELECT next_number FROM accounting_invoice_number_series WHERE id = 1")
                .query(Long.class).single();
        String lineTable = orderColumn.equals("order_id") ? "sales_order_line" : "sales_dropship_order_line";
        Range invoices = insert("accounting_invoice", () -> jdbc.sql("""
                INSERT INTO accounting_invoice -- id, invoice_number, customer_id, order_id, dropship_order_id, bill_to_name,
                    -- bill_to_address, bill_to_postal_code, bill_to_city, bill_to_country, bill_to_organization_number,
                    -- bill_to_vat_number, bill_to_email, due_date, issued_at, total
                SELECT NULL, {number} + p.id - {after}, p.customer_id, {orderId}, {dropshipOrderId}, {display}, c.invoice_line1, c.invoice_postal_code,
                    c.invoice_city, c.invoice_country, c.organization_number, c.vat_number, c.email,
                    DATE(p.created_at) + INTERVAL 33 DAY, p.created_at + INTERVAL 3 DAY, p.total
                FROM {orders} p JOIN customer c ON c.id = p.customer_id WHERE {where} ORDER BY p.id"""
                .replace("{orderId}", orderColumn.equals("order_id") ? "p.id" : "NULL")
                .replace("{dropshipOrderId}", orderColumn.equals("order_id") ? "NULL" : "p.id")
                .replace("{display}", DISPLAY)
                .replace("{number}", Long.toString(firstNumber - 1))
                .replace("{after}", Long.toString(orders.after()))
                .replace("{orders}", orders.table())
                .replace("{where}", orders.where("p"))).update(), null);
        jdbc.sql("UPDATE accounting_invoice_number_series SET next_number = " + (firstNumber + orders.count())
                + " WHERE id = 1").update();
        jdbc.sql("""
                INSERT INTO accounting_invoice_line -- id, invoice_id, customer_id, line_no, description, quantity, unit_price
                SELECT NULL, i.id, i.customer_id, l.position, l.description, l.quantity, l.unit_price
                FROM accounting_invoice i JOIN {lineTable} l ON l.{parent} = i.{orderColumn}
                WHERE {where} ORDER BY i.id, l.position"""
                .replace("{lineTable}", lineTable)
                .replace("{parent}", orderColumn.equals("order_id") ? "order_id" : "dropship_order_id")
                .replace("{orderColumn}", orderColumn)
                .replace("{where}", invoices.where("i"))).update();
        jdbc.sql("""
                UPDATE {orders} o JOIN accounting_invoice i ON i.{orderColumn} = o.id
                SET o.invoiced = TRUE, o.invoice_id = i.id WHERE {where}"""
                .replace("{orders}", orders.table())
                .replace("{orderColumn}", orderColumn)
                .replace("{where}", invoices.where("i"))).update();
        return invoices;
    }

    /** Each invoice paid in full, five days before it fell due. */
    private void payments(Range invoices) {
        jdbc.sql("""
                INSERT INTO accounting_payment -- id, invoice_id, customer_id, amount, paid_at, recorded_at
                SELECT NULL, i.id, i.customer_id, i.total, i.due_date - INTERVAL 5 DAY,
                    TIMESTAMP(i.due_date - INTERVAL 4 DAY, '06:00:00')
                FROM accounting_invoice i WHERE {where} ORDER BY i.id"""
                .replace("{where}", invoices.where("i"))).update();
    }

    private void reminders(Range invoices) {
        jdbc.sql("""
                INSERT INTO accounting_payment_reminder (invoice_id, customer_id, recipient_name, recipient_address,
                    recipient_email, fee, sent_at)
                SELECT i.id, i.customer_id, i.bill_to_name,
                    CONCAT(i.bill_to_address, ', ', i.bill_to_postal_code, ' ', i.bill_to_city), i.bill_to_email, 60.00,
                    TIMESTAMP(i.due_date - INTERVAL 10 DAY, '07:00:00')
                FROM accounting_invoice i WHERE {where} ORDER BY i.id"""
                .replace("{where}", invoices.where("i"))).update();
    }

    /** Counter sales: a receipt with one line and its customer link, per record. */
    private void receipts(Ids customers, int count) {
        Owners o = owners(customers, count, count);
        if (o == null) {
            return;
        }
        long base = maxId("accounting_receipt");
        jdbc.sql("""
                INSERT INTO accounting_receipt -- id, paid_at, payment_method, total, issued_at
                SELECT {base} + o.rn, TIMESTAMP('2016-01-01 12:00:00') + INTERVAL MOD({h}, 3000) DAY, {method},
                    {total}, TIMESTAMP('2016-01-01 12:00:00') + INTERVAL MOD({h}, 3000) DAY
                FROM {owners} ORDER BY o.rn"""
                .replace("{owners}", o.sql()).replace("{base}", Long.toString(base))
                .replace("{method}", o.pick(1, List.of("CARD", "SWISH", "CASH")))
                .replace("{total}", Lines.qty("o.rn", 1) + " * " + Lines.price("o.rn", 1))
                .replace("{h}", o.hash(2))).update();
        jdbc.sql("""
                INSERT INTO accounting_receipt_line -- id, receipt_id, line_no, description, quantity, unit_price
                SELECT NULL, {base} + o.rn, 1, {description}, {qty}, {price} FROM {owners} ORDER BY o.rn"""
                .replace("{owners}", o.sql()).replace("{base}", Long.toString(base))
                .replace("{description}", Lines.description("o.rn", 1))
                .replace("{qty}", Lines.qty("o.rn", 1)).replace("{price}", Lines.price("o.rn", 1))).update();
        jdbc.sql("""
                INSERT INTO accounting_receipt_customer (receipt_id, customer_id, customer_name, customer_email)
                SELECT {base} + o.rn, o.cid, {display}, c.email FROM {owners} JOIN customer c ON c.id = o.cid ORDER BY o.rn"""
                .replace("{owners}", o.sql()).replace("{base}", Long.toString(base))
                .replace("{display}", DISPLAY)).update();
    }

    // ------------------------------------------------------------------ mechanics

    /**
     * The records to create for a batch of customers: one row per (customer, k) with k up to
     * {@code perCustomer} for customers and {@code perProspect} for prospects; {@code o.n} is the
     * customer's position in its batch, {@code o.rn} the record's position among all rows.
     */
    private record Owners(String sql) {
        String pick(int salt, List<String> values) {
            return Pick.of(hash(salt), values);
        }

        String hash(int salt) {
            return "MOD((o.n * 100003 + o.k) * 48271 + " + (salt * 7919) + ", 2147483647)";
        }
    }

    private Owners owners(Ids customers, int perCustomer, int perProspect) {
        int k = Math.max(perCustomer, perProspect);
        if (k == 0) {
            return null;
        }
        return new Owners("""
                (SELECT c.id AS cid, c.id - {before} AS n, CAST(s.seq AS SIGNED) AS k, ROW_NUMBER() OVER (ORDER BY c.id, s.seq) AS rn
                 FROM customer c JOIN seq_1_to_{k} s ON s.seq <= IF(c.relation = 'PROSPECT', {prospect}, {customer})
                 WHERE c.id BETWEEN {first} AND {last}) o"""
                .replace("{before}", Long.toString(customers.first() - 1))
                .replace("{k}", Integer.toString(k))
                .replace("{prospect}", Integer.toString(perProspect))
                .replace("{customer}", Integer.toString(perCustomer))
                .replace("{first}", Long.toString(customers.first()))
                .replace("{last}", Long.toString(customers.last())));
    }

    /** Runs one INSERT and answers the ids it created; then adds two lines to each new row if asked. */
    private Range insert(String table, Runnable statement, java.util.function.Consumer<Range> lines) {
        long after = maxId(table);
        statement.run();
        Range range = new Range(table, after, maxId(table));
        if (lines != null && range.count() > 0) {
            lines.accept(range);
        }
        return range;
    }

    /** Two lines per head; the head's total was computed with the same formulas ({@link Lines}). */
    private void lines(String table, String parentColumn, Range heads) {
        // o.rn of the head = id - (base of that insert); the head inserts use {base} + o.rn as id and the
        // total of Lines.total("o.rn"), so the lines derive the same values from the id.
        String rn = "(p.id - " + heads.after() + ")";
        jdbc.sql("""
                INSERT INTO {table} ({parent}, customer_id, position, description, quantity, unit_price)
                SELECT p.id, p.customer_id, j.seq,
                    IF(j.seq = 1, {d1}, {d2}), IF(j.seq = 1, {q1}, {q2}), IF(j.seq = 1, {p1}, {p2})
                FROM {heads} p JOIN seq_1_to_2 j WHERE {where} ORDER BY p.id, j.seq"""
                .replace("{table}", table).replace("{parent}", parentColumn)
                .replace("{heads}", heads.table()).replace("{where}", heads.where("p"))
                .replace("{d1}", Lines.description(rn, 1)).replace("{d2}", Lines.description(rn, 2))
                .replace("{q1}", Lines.qty(rn, 1)).replace("{q2}", Lines.qty(rn, 2))
                .replace("{p1}", Lines.price(rn, 1)).replace("{p2}", Lines.price(rn, 2))).update();
    }

    private long maxId(String table) {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM " + table).query(Long.class).single();
    }

    /** Goods and prices of line {@code j} of the record at position {@code rn}. */
    static final class Lines {
        private static final List<String> GOODS = List.of("Skruvdragare 18V", "Bits 32 st", "Arbetshandskar stl 10",
                "Lastpall EUR", "Hyllsystem 2 m", "Kabeltrumma 25 m", "Hörselskydd", "Vinkelslip 125 mm");
        private static final List<String> PRICES = List.of("1249.50", "199.00", "89.90", "145.00", "2399.00",
                "549.00", "329.00", "1095.00");

        static String description(String rn, int j) {
            return Pick.of("(" + rn + " * 3 + " + j * 5 + ")", GOODS);
        }

        static String qty(String rn, int j) {
            return "(1 + MOD(" + rn + " + " + j + ", 5))";
        }

        static String price(String rn, int j) {
            return "CAST(" + Pick.of("(" + rn + " * 7 + " + j * 3 + ")", PRICES) + " AS DECIMAL(19,2))";
        }

        static String total(String rn) {
            return "(" + qty(rn, 1) + " * " + price(rn, 1) + " + " + qty(rn, 2) + " * " + price(rn, 2) + ")";
        }
    }

    /** {@code ELT(1 + MOD(expr, n), ...)}: one of the values, chosen by an integer expression. */
    static final class Pick {
        static String of(String expr, List<String> values) {
            StringBuilder sql = new StringBuilder("ELT(1 + MOD(").append(expr).append(", ").append(values.size()).append(")");
            for (String value : values) {
                sql.append(", '").append(value.replace("'", "''")).append('\'');
            }
            return sql.append(')').toString();
        }
    }

    /** Believable Swedish values. */
    static final class Names {
        static final List<String> FIRST = List.of("Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Kerstin", "Emma",
                "Ingrid", "Marie", "Malin", "Jenny", "Hanna", "Linnea", "Elin", "Ida", "Johanna", "Sofia", "Annika",
                "Julia", "Lars", "Mikael", "Anders", "Johan", "Erik", "Per", "Peter", "Karl", "Thomas", "Jan",
                "Daniel", "Fredrik", "Hans", "Andreas", "Stefan", "Mats", "Magnus", "Mattias", "Jonas", "Oskar",
                "Nils", "Gustav", "Henrik", "Axel", "Viktor", "Emil", "Björn", "Åsa", "Ulf", "Göran");
        static final List<String> FIRST_ASCII = FIRST.stream().map(Names::ascii).toList();
        static final List<String> LAST = List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson",
                "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson",
                "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson", "Lindström",
                "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren",
                "Lundqvist", "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg",
                "Wallin", "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman",
                "Gunnarsson", "Holm", "Wikström", "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nordström",
                "Lundström", "Björklund", "Eliasson", "Berggren", "Nyström", "Söderberg", "Hedlund", "Åberg",
                "Öberg", "Sundberg", "Nordin", "Ekström", "Holmberg", "Sjögren", "Hermansson", "Mårtensson",
                "Strand", "Dahlberg", "Falk", "Hellström", "Blom", "Abrahamsson", "Lindholm", "Martinsson",
                "Ström", "Sundström", "Åkesson");
        static final List<String> LAST_ASCII = LAST.stream().map(Names::ascii).toList();
        static final List<String> COMPANY_PLACE = List.of("Norrlands", "Skånska", "Göta", "Mälardalens",
                "Västkustens", "Dalarnas", "Upplands", "Smålands", "Värmlands", "Gotlands", "Hallands", "Blekinge",
                "Jämtlands", "Östgöta", "Sörmlands", "Roslagens", "Bohusläns", "Lapplands", "Vätterns", "Siljans",
                "Kalmar", "Örebro", "Umeå", "Luleå", "Falu", "Gävle", "Borås", "Växjö", "Karlstads", "Sundsvalls",
                "Nordiska", "Svenska", "Baltic", "Scandinavian", "Fjällens", "Skogens", "Älvdalens", "Kustens",
                "Hamnens", "Stadens");
        static final List<String> COMPANY_TRADE = List.of("Bygg", "Måleri", "El", "VVS", "Transport",
                "Logistik", "Konsult", "Maskin", "Trä", "Plåt", "Data", "Städ", "Mejeri", "Bageri", "Verkstad",
                "Fastighets", "Trädgård", "Smide", "Glas", "Golv", "Marin", "Frakt", "Resor", "Revision",
                "Redovisning", "Teknik", "Industri", "Handel", "Import", "Kyl");
        static final List<String> COMPANY_PLACE_ASCII = COMPANY_PLACE.stream().map(Names::ascii).toList();
        static final List<String> COMPANY_TRADE_ASCII = COMPANY_TRADE.stream().map(Names::ascii).toList();
        static final List<String> COMPANY_SUFFIX = List.of("AB", "AB", "AB", "i Sverige AB", "Service AB",
                "& Son AB", "HB", "Partner AB");
        static final List<String> STREETS = List.of("Storgatan", "Kungsgatan", "Drottninggatan", "Vasagatan",
                "Skolgatan", "Ringvägen", "Götgatan", "Sveavägen", "Järnvägsgatan", "Kyrkogatan", "Trädgårdsgatan",
                "Nygatan", "Östra Långgatan", "Industrivägen", "Hantverkargatan", "Fabriksgatan", "Parkvägen",
                "Strandvägen", "Björkvägen", "Tallvägen", "Ekvägen", "Lärkvägen", "Sjövägen", "Bangatan",
                "Hamngatan", "Verkstadsgatan", "Lagergatan", "Mästargatan", "Åsgatan", "Ängsvägen");

        // city, postal code prefix, region, latitude, longitude, phone area code (one per city)
        private static final String[][] CITIES = {
                {"Stockholm", "111", "Stockholms län", "59.3293", "18.0686", "08"},
                {"Göteborg", "411", "Västra Götalands län", "57.7089", "11.9746", "031"},
                {"Malmö", "211", "Skåne län", "55.6050", "13.0038", "040"},
                {"Uppsala", "753", "Uppsala län", "59.8586", "17.6389", "018"},
                {"Västerås", "722", "Västmanlands län", "59.6099", "16.5448", "021"},
                {"Örebro", "702", "Örebro län", "59.2741", "15.2066", "019"},
                {"Linköping", "582", "Östergötlands län", "58.4108", "15.6214", "013"},
                {"Helsingborg", "252", "Skåne län", "56.0465", "12.6945", "042"},
                {"Jönköping", "553", "Jönköpings län", "57.7826", "14.1618", "036"},
                {"Norrköping", "602", "Östergötlands län", "58.5877", "16.1924", "011"},
                {"Lund", "222", "Skåne län", "55.7047", "13.1910", "046"},
                {"Umeå", "903", "Västerbottens län", "63.8258", "20.2630", "090"},
                {"Gävle", "802", "Gävleborgs län", "60.6749", "17.1413", "026"},
                {"Borås", "503", "Västra Götalands län", "57.7210", "12.9401", "033"},
                {"Södertälje", "151", "Stockholms län", "59.1955", "17.6253", "08"},
                {"Eskilstuna", "632", "Södermanlands län", "59.3666", "16.5077", "016"},
                {"Halmstad", "302", "Hallands län", "56.6745", "12.8578", "035"},
                {"Växjö", "352", "Kronobergs län", "56.8777", "14.8091", "0470"},
                {"Karlstad", "652", "Värmlands län", "59.3793", "13.5036", "054"},
                {"Sundsvall", "852", "Västernorrlands län", "62.3908", "17.3069", "060"},
                {"Luleå", "972", "Norrbottens län", "65.5848", "22.1547", "0920"},
                {"Trollhättan", "461", "Västra Götalands län", "58.2837", "12.2886", "0520"},
                {"Östersund", "831", "Jämtlands län", "63.1792", "14.6357", "063"},
                {"Borlänge", "784", "Dalarnas län", "60.4858", "15.4371", "0243"},
                {"Falun", "791", "Dalarnas län", "60.6065", "15.6355", "023"},
                {"Kalmar", "392", "Kalmar län", "56.6634", "16.3568", "0480"},
                {"Skövde", "541", "Västra Götalands län", "58.3903", "13.8461", "0500"},
                {"Kristianstad", "291", "Skåne län", "56.0294", "14.1567", "044"},
                {"Karlskrona", "371", "Blekinge län", "56.1612", "15.5869", "0455"},
                {"Skellefteå", "931", "Västerbottens län", "64.7507", "20.9528", "0910"},
                {"Uddevalla", "451", "Västra Götalands län", "58.3498", "11.9356", "0522"},
                {"Varberg", "432", "Hallands län", "57.1057", "12.2508", "0340"},
                {"Örnsköldsvik", "891", "Västernorrlands län", "63.2909", "18.7153", "0660"},
                {"Nyköping", "611", "Södermanlands län", "58.7530", "17.0079", "0155"},
                {"Motala", "591", "Östergötlands län", "58.5371", "15.0365", "0141"},
                {"Trelleborg", "231", "Skåne län", "55.3751", "13.1569", "0410"},
                {"Ängelholm", "262", "Skåne län", "56.2428", "12.8622", "0431"},
                {"Lidköping", "531", "Västra Götalands län", "58.5052", "13.1577", "0510"},
                {"Piteå", "941", "Norrbottens län", "65.3172", "21.4794", "0911"},
                {"Visby", "621", "Gotlands län", "57.6348", "18.2948", "0498"},
                {"Kiruna", "981", "Norrbottens län", "67.8558", "20.2253", "0980"},
                {"Sandviken", "811", "Gävleborgs län", "60.6216", "16.7755", "026"},
                {"Alingsås", "441", "Västra Götalands län", "57.9300", "12.5334", "0322"},
                {"Katrineholm", "641", "Södermanlands län", "58.9959", "16.2072", "0150"},
                {"Kungsbacka", "434", "Hallands län", "57.4872", "12.0761", "0300"},
                {"Enköping", "745", "Uppsala län", "59.6361", "17.0777", "0171"},
                {"Härnösand", "871", "Västernorrlands län", "62.6323", "17.9379", "0611"},
                {"Mora", "792", "Dalarnas län", "61.0070", "14.5430", "0250"},
                {"Ystad", "271", "Skåne län", "55.4295", "13.8204", "0411"},
                {"Arvika", "671", "Värmlands län", "59.6553", "12.5852", "0570"},
        };
        static final List<String> CITY = column(0);
        static final List<String> POSTAL = column(1);
        static final List<String> REGION = column(2);
        static final List<String> LAT = column(3);
        static final List<String> LON = column(4);
        static final List<String> AREA_CODE = column(5);
        static final List<String> MAIL_DOMAIN = List.of("gmail.com", "hotmail.com", "telia.com", "outlook.com",
                "yahoo.se", "bredband.net", "live.se", "icloud.com");

        static final List<String> REFERENCES = List.of("Inköp Lena", "Proj 4471", "Per Ek", "Lager Syd",
                "Ref 2291-B", "Byggprojekt Kvarnen", "Kostnadsställe 310");
        static final List<String> PUBLISHED_COMMENTS = List.of("Leverans vecka 12 enligt överenskommelse.",
                "Priser exkl. moms. Frakt tillkommer.", "Tack för er beställning!", "Godset levereras på pall.");
        static final List<String> TERMS = List.of("30 dagar netto", "10 dagar netto, fritt vårt lager",
                "Förskottsbetalning", "20 dagar netto, fritt kund");
        static final List<String> INTERNAL_COMMENTS = List.of("Kunden vill bli uppringd före leverans.",
                "Rabatt 5 % godkänd av säljchef.", "Kontrollera kreditgräns före nästa order.",
                "Ring Lena på lagret vid frågor.");

        private static List<String> column(int i) {
            return java.util.Arrays.stream(CITIES).map(row -> row[i]).toList();
        }

        static String ascii(String name) {
            return name.toLowerCase().replace("å", "a").replace("ä", "a").replace("ö", "o").replace("é", "e")
                    .replace("ü", "u").replace("õ", "o").replace(" ", "");
        }
    }

}
