--liquibase formatted sql

--changeset glomska:accounting-1 context:main
--comment: Accounting: invoices with lines, payments, payment reminders, receipts with lines and their customer link, the invoice number series. Invoices, invoice lines, payments, receipts and receipt lines are bookkeeping records: written once, never updated nor deleted (Bokföringslagen; see the triggers below). A receipt holds no customer data: its customer link lives in accounting_receipt_customer, which the erasure deletes.
CREATE TABLE accounting_invoice_number_series (
    id          BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    next_number BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

INSERT INTO accounting_invoice_number_series (id, next_number) VALUES (1, 100001);

CREATE TABLE accounting_invoice (
    id                          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    invoice_number              BIGINT        NOT NULL,
    customer_id                 BIGINT        NOT NULL,
    order_id                    BIGINT        NULL,
    dropship_order_id           BIGINT        NULL,
    bill_to_name                VARCHAR(200)  NOT NULL,
    bill_to_address             VARCHAR(300)  NULL,
    bill_to_postal_code         VARCHAR(20)   NULL,
    bill_to_city                VARCHAR(100)  NULL,
    bill_to_country             CHAR(2)       NULL,
    bill_to_organization_number VARCHAR(30)   NULL,
    bill_to_vat_number          VARCHAR(30)   NULL,
    bill_to_email               VARCHAR(254)  NULL,
    due_date                    DATE          NOT NULL,
    issued_at                   DATETIME(6)   NOT NULL,
    total                       DECIMAL(19,2) NOT NULL,
    UNIQUE KEY accounting_invoice_number_unique (invoice_number),
    UNIQUE KEY accounting_invoice_order_unique (order_id),
    UNIQUE KEY accounting_invoice_dropship_order_unique (dropship_order_id),
    KEY accounting_invoice_by_customer (customer_id),
    CONSTRAINT accounting_invoice_one_order CHECK ((order_id IS NULL) <> (dropship_order_id IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE accounting_invoice_line (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    invoice_id  BIGINT        NOT NULL,
    customer_id BIGINT        NOT NULL,
    line_no     INT           NOT NULL,
    description VARCHAR(500)  NOT NULL,
    quantity    DECIMAL(19,3) NOT NULL,
    unit_price  DECIMAL(19,2) NOT NULL,
    UNIQUE KEY accounting_invoice_line_position (invoice_id, line_no),
    KEY accounting_invoice_line_by_customer (customer_id),
    CONSTRAINT accounting_invoice_line_invoice FOREIGN KEY (invoice_id) REFERENCES accounting_invoice (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE accounting_payment (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    invoice_id  BIGINT        NOT NULL,
    customer_id BIGINT        NOT NULL,
    amount      DECIMAL(19,2) NOT NULL,
    paid_at     DATE          NOT NULL,
    recorded_at DATETIME(6)   NOT NULL,
    KEY accounting_payment_by_invoice (invoice_id),
    KEY accounting_payment_by_customer (customer_id),
    CONSTRAINT accounting_payment_invoice FOREIGN KEY (invoice_id) REFERENCES accounting_invoice (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE accounting_payment_reminder (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    invoice_id        BIGINT        NOT NULL,
    customer_id       BIGINT        NOT NULL,
    recipient_name    VARCHAR(200)  NULL,
    recipient_address VARCHAR(300)  NULL,
    recipient_email   VARCHAR(254)  NULL,
    fee               DECIMAL(19,2) NOT NULL,
    sent_at           DATETIME(6)   NOT NULL,
    KEY accounting_payment_reminder_by_invoice (invoice_id),
    KEY accounting_payment_reminder_by_customer (customer_id),
    CONSTRAINT accounting_payment_reminder_invoice FOREIGN KEY (invoice_id) REFERENCES accounting_invoice (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE accounting_receipt (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    paid_at        DATETIME(6)   NOT NULL,
    payment_method VARCHAR(30)   NOT NULL,
    total          DECIMAL(19,2) NOT NULL,
    issued_at      DATETIME(6)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE accounting_receipt_line (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    receipt_id  BIGINT        NOT NULL,
    line_no     INT           NOT NULL,
    description VARCHAR(500)  NOT NULL,
    quantity    DECIMAL(19,3) NOT NULL,
    unit_price  DECIMAL(19,2) NOT NULL,
    UNIQUE KEY accounting_receipt_line_position (receipt_id, line_no),
    CONSTRAINT accounting_receipt_line_receipt FOREIGN KEY (receipt_id) REFERENCES accounting_receipt (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE accounting_receipt_customer (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    receipt_id     BIGINT       NOT NULL,
    customer_id    BIGINT       NOT NULL,
    customer_name  VARCHAR(200) NULL,
    customer_email VARCHAR(254) NULL,
    UNIQUE KEY accounting_receipt_customer_receipt (receipt_id),
    KEY accounting_receipt_customer_by_customer (customer_id),
    CONSTRAINT accounting_receipt_customer_receipt FOREIGN KEY (receipt_id) REFERENCES accounting_receipt (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset glomska:accounting-2 context:main splitStatements:false
--comment: Bokföringslagen: accounting_invoice rows are written once; the database refuses every UPDATE (guard 2 of ADR 0001).
CREATE TRIGGER accounting_invoice_no_update BEFORE UPDATE ON accounting_invoice FOR EACH ROW
SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Bokföringslagen: accounting_invoice rows are never updated'

--changeset glomska:accounting-3 context:main splitStatements:false
--comment: Bokföringslagen: accounting_invoice rows are written once; the database refuses every DELETE (guard 2 of ADR 0001).
CREATE TRIGGER accounting_invoice_no_delete BEFORE DELETE ON accounting_invoice FOR EACH ROW
SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Bokföringslagen: accounting_invoice rows are never deleted'

--changeset glomska:accounting-4 context:main splitStatements:false
--comment: Bokföringslagen: accounting_invoice_line rows are written once; the database refuses every UPDATE (guard 2 of ADR 0001).
CREATE TRIGGER accounting_invoice_line_no_update BEFORE UPDATE ON accounting_invoice_line FOR EACH ROW
SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Bokföringslagen: accounting_invoice_line rows are never updated'

--changeset glomska:accounting-5 context:main splitStatements:false
--comment: Bokföringslagen: accounting_invoice_line rows are written once; the database refuses every DELETE (guard 2 of ADR 0001).
CREATE TRIGGER accounting_invoice_line_no_delete BEFORE DELETE ON accounting_invoice_line FOR EACH ROW
SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Bokföringslagen: accounting_invoice_line rows are never deleted'

--changeset glomska:accounting-6 context:main splitStatements:false
--comment: Bokföringslagen: accounting_payment rows are written once; the database refuses every UPDATE (guard 2 of ADR 0001).
CREATE TRIGGER accounting_payment_no_update BEFORE UPDATE ON accounting_payment FOR EACH ROW
SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Bokföringslagen: accounting_payment rows are never updated'

--changeset glomska:accounting-7 context:main splitStatements:false
--comment: Bokföringslagen: accounting_payment rows are written once; the database refuses every DELETE (guard 2 of ADR 0001).
CREATE TRIGGER accounting_payment_no_delete BEFORE DELETE ON accounting_payment FOR EACH ROW
SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Bokföringslagen: accounting_payment rows are never deleted'

--changeset glomska:accounting-8 context:main splitStatements:false
--comment: Bokföringslagen: accounting_receipt rows are written once; the database refuses every UPDATE (guard 2 of ADR 0001).
CREATE TRIGGER accounting_receipt_no_update BEFORE UPDATE ON accounting_receipt FOR EACH ROW
SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Bokföringslagen: accounting_receipt rows are never updated'

--changeset glomska:accounting-9 context:main splitStatements:false
--comment: Bokföringslagen: accounting_receipt rows are written once; the database refuses every DELETE (guard 2 of ADR 0001).
CREATE TRIGGER accounting_receipt_no_delete BEFORE DELETE ON accounting_receipt FOR EACH ROW
SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Bokföringslagen: accounting_receipt rows are never deleted'

--changeset glomska:accounting-10 context:main splitStatements:false
--comment: Bokföringslagen: accounting_receipt_line rows are written once; the database refuses every UPDATE (guard 2 of ADR 0001).
CREATE TRIGGER accounting_receipt_line_no_update BEFORE UPDATE ON accounting_receipt_line FOR EACH ROW
SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Bokföringslagen: accounting_receipt_line rows are never updated'

--changeset glomska:accounting-11 context:main splitStatements:false
--comment: Bokföringslagen: accounting_receipt_line rows are written once; the database refuses every DELETE (guard 2 of ADR 0001).
CREATE TRIGGER accounting_receipt_line_no_delete BEFORE DELETE ON accounting_receipt_line FOR EACH ROW
SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Bokföringslagen: accounting_receipt_line rows are never deleted'

--changeset glomska:accounting-demo-1 context:demo
--comment: Demo ledger. Sales' delivered and invoiced orders 1001..1010 and 1012 have their invoices 2001..2010 and 2012 (the lines of the order, billed as on the commercial invoice); customers 1..10 have paid theirs in full, customer 12 has not (its unpaid invoice blocks the anonymization) and got a reminder. Customers 1..3 also bought over the counter: receipts 3001..3003 with their customer link.
INSERT INTO accounting_invoice (id, invoice_number, customer_id, order_id, dropship_order_id, bill_to_name, bill_to_address, bill_to_postal_code, bill_to_city, bill_to_country, bill_to_organization_number, bill_to_vat_number, bill_to_email, due_date, issued_at, total) VALUES
(2001, 100001, 1, 1001, NULL, 'Anders Nilsson', 'Götgatan 20', '411 03', 'Göteborg', 'SE', NULL, NULL, 'anders.nilsson@example.se', '2024-04-01', '2024-03-02 16:00:00', 5275.00),
(2002, 100002, 2, 1002, NULL, 'Ingrid Olsson', 'Storgatan 73', '211 20', 'Malmö', 'SE', NULL, NULL, 'ingrid.olsson@example.se', '2024-05-03', '2024-04-03 16:00:00', 16710.00),
(2003, 100003, 3, 1003, NULL, 'Fjällbacka Bygg AB', 'Drottninggatan 14', '753 20', 'Uppsala', 'SE', '554078-7101', 'SE554078710101', 'info@fjallbacka.se', '2024-06-03', '2024-05-04 16:00:00', 4145.00),
(2004, 100004, 4, 1004, NULL, 'Sara Lindberg', 'Götgatan 39', '903 26', 'Umeå', 'SE', NULL, NULL, 'sara.lindberg@example.se', '2024-07-05', '2024-06-05 16:00:00', 14970.00),
(2005, 100005, 5, 1005, NULL, 'Oskar Bergström', 'Götgatan 20', '972 31', 'Luleå', 'SE', NULL, NULL, 'oskar.bergstrom@example.se', '2024-08-05', '2024-07-06 16:00:00', 58440.00),
(2006, 100006, 6, 1006, NULL, 'Norrlands Trä AB', 'Storgatan 90', '621 55', 'Visby', 'SE', '558301-5662', 'SE558301566201', 'info@norrlands.se', '2024-09-06', '2024-08-07 16:00:00', 7070.00),
(2007, 100007, 7, 1007, NULL, 'Per Johansson', 'Vasagatan 17', '702 10', 'Örebro', 'SE', NULL, NULL, 'per.johansson@example.se', '2024-10-08', '2024-09-08 16:00:00', 7470.00),
(2008, 100008, 8, 1008, NULL, 'Elin Eriksson', 'Ringvägen 30', '111 22', 'Stockholm', 'SE', NULL, NULL, 'elin.eriksson@example.se', '2024-11-08', '2024-10-09 16:00:00', 41260.00),
(2009, 100009, 9, 1009, NULL, 'Västkustens Fisk AB', 'Götgatan 17', '411 03', 'Göteborg', 'SE', '551884-8481', 'SE551884848101', 'info@vastkustens.se', '2024-03-11', '2024-02-10 16:00:00', 3380.00),
(2010, 100010, 10, 1010, NULL, 'Lena Pettersson', 'Skolgatan 21', '211 20', 'Malmö', 'SE', NULL, NULL, 'lena.pettersson@example.se', '2024-04-10', '2024-03-11 16:00:00', 13260.00),
(2012, 100011, 12, 1012, NULL, 'Mälardalens El HB', 'Drottninggatan 67', '903 26', 'Umeå', 'SE', '559654-6926', 'SE559654692601', 'info@malardalens.se', '2024-06-12', '2024-05-13 16:00:00', 14475.00);

INSERT INTO accounting_invoice_line (invoice_id, customer_id, line_no, description, quantity, unit_price) VALUES
(2001, 1, 1, 'Stol Lundagård, ek', 2.000, 1895.00),
(2001, 1, 2, 'Frakt inom Sverige', 3.000, 495.00),
(2002, 2, 1, 'Bokhylla Sörgården, vit', 3.000, 3450.00),
(2002, 2, 2, 'Golvlampa Bris, mässing', 4.000, 1590.00),
(2003, 3, 1, 'Montering på plats, per timme', 1.000, 695.00),
(2003, 3, 2, 'Bokhylla Sörgården, vit', 1.000, 3450.00),
(2004, 4, 1, 'Frakt inom Sverige', 2.000, 495.00),
(2004, 4, 2, 'Skrivbord höj- och sänkbart', 2.000, 6990.00),
(2005, 5, 1, 'Skrivbord höj- och sänkbart', 3.000, 6990.00),
(2005, 5, 2, 'Ekbord massivt, 180 cm', 3.000, 12490.00),
(2006, 6, 1, 'Kontorsstol Ergo Plus', 1.000, 4290.00),
(2006, 6, 2, 'Montering på plats, per timme', 4.000, 695.00),
(2007, 7, 1, 'Golvlampa Bris, mässing', 2.000, 1590.00),
(2007, 7, 2, 'Kontorsstol Ergo Plus', 1.000, 4290.00),
(2008, 8, 1, 'Ekbord massivt, 180 cm', 3.000, 12490.00),
(2008, 8, 2, 'Stol Lundagård, ek', 2.000, 1895.00),
(2009, 9, 1, 'Stol Lundagård, ek', 1.000, 1895.00),
(2009, 9, 2, 'Frakt inom Sverige', 3.000, 495.00),
(2010, 10, 1, 'Bokhylla Sörgården, vit', 2.000, 3450.00),
(2010, 10, 2, 'Golvlampa Bris, mässing', 4.000, 1590.00),
(2012, 12, 1, 'Frakt inom Sverige', 1.000, 495.00),
(2012, 12, 2, 'Skrivbord höj- och sänkbart', 2.000, 6990.00);

UPDATE accounting_invoice_number_series SET next_number = GREATEST(next_number, 100012) WHERE id = 1;

INSERT INTO accounting_payment (id, invoice_id, customer_id, amount, paid_at, recorded_at) VALUES
(2001, 2001, 1, 5275.00, '2024-03-23', '2024-03-23 08:30:00'),
(2002, 2002, 2, 16710.00, '2024-04-24', '2024-04-24 08:30:00'),
(2003, 2003, 3, 4145.00, '2024-05-25', '2024-05-25 08:30:00'),
(2004, 2004, 4, 14970.00, '2024-06-26', '2024-06-26 08:30:00'),
(2005, 2005, 5, 58440.00, '2024-07-27', '2024-07-27 08:30:00'),
(2006, 2006, 6, 7070.00, '2024-08-28', '2024-08-28 08:30:00'),
(2007, 2007, 7, 7470.00, '2024-09-29', '2024-09-29 08:30:00'),
(2008, 2008, 8, 41260.00, '2024-10-30', '2024-10-30 08:30:00'),
(2009, 2009, 9, 3380.00, '2024-03-02', '2024-03-02 08:30:00'),
(2010, 2010, 10, 13260.00, '2024-04-01', '2024-04-01 08:30:00');

INSERT INTO accounting_payment_reminder (id, invoice_id, customer_id, recipient_name, recipient_address, recipient_email, fee, sent_at) VALUES
(5012, 2012, 12, 'Mälardalens El HB', 'Drottninggatan 67, 903 26 Umeå', 'info@malardalens.se', 60.00, '2024-06-20 09:00:00');

INSERT INTO accounting_receipt (id, paid_at, payment_method, total, issued_at) VALUES
(3001, '2024-04-15 11:12:00', 'CARD', 267.00, '2024-04-15 11:12:00'),
(3002, '2024-05-20 14:41:00', 'SWISH', 149.00, '2024-05-20 14:41:00'),
(3003, '2024-06-03 10:05:00', 'CARD', 695.00, '2024-06-03 10:05:00');

INSERT INTO accounting_receipt_line (receipt_id, line_no, description, quantity, unit_price) VALUES
(3001, 1, 'Möbelvax, 250 ml', 1.000, 149.00),
(3001, 2, 'Filttassar, 16-pack', 2.000, 59.00),
(3002, 1, 'Möbelvax, 250 ml', 1.000, 149.00),
(3003, 1, 'Montering på plats, per timme', 1.000, 695.00);

INSERT INTO accounting_receipt_customer (receipt_id, customer_id, customer_name, customer_email) VALUES
(3001, 1, 'Anders Nilsson', 'anders.nilsson@example.se'),
(3002, 2, 'Ingrid Olsson', 'ingrid.olsson@example.se'),
(3003, 3, 'Fjällbacka Bygg AB', 'info@fjallbacka.se');

--changeset glomska:accounting-12 context:main
--comment: The erasure asks, under the customer's lock, which of the customer's invoices are unpaid. Payments summed per invoice straight from an index in invoice order (no temporary table, no sort), and each invoice's total compared from an index.
CREATE INDEX accounting_payment_by_customer_invoice ON accounting_payment (customer_id, invoice_id, amount);
CREATE INDEX accounting_invoice_by_customer_total ON accounting_invoice (customer_id, total, invoice_number);

--changeset glomska:accounting-restricted-1 context:main
--comment: The erasure clears a receipt's customer link instead of deleting it: the emptied row says that the receipt was issued to a customer since anonymized, so that the receipt is answered as restricted (GDPR art. 18, ADR 0005).
ALTER TABLE accounting_receipt_customer MODIFY customer_id BIGINT NULL;
