--liquibase formatted sql

--changeset glomska:sales-1 context:main
--comment: Sales: quotes, orders, deliveries, commercial invoices, dropship orders with purchases and inbound deliveries, contracts. Every table carries customer_id (indexed) so that erasure is one UPDATE per table.
CREATE SEQUENCE sales_order_number_seq START WITH 100001 INCREMENT BY 1 NOCACHE;

CREATE TABLE sales_quote (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id           BIGINT        NOT NULL,
    customer_reference    VARCHAR(100),
    invoice_name          VARCHAR(200),
    invoice_attention     VARCHAR(200),
    invoice_address       VARCHAR(200),
    invoice_postal_code   VARCHAR(20),
    invoice_city          VARCHAR(100),
    invoice_region        VARCHAR(100),
    invoice_country       CHAR(2),
    delivery_name         VARCHAR(200),
    delivery_attention    VARCHAR(200),
    delivery_address      VARCHAR(200),
    delivery_postal_code  VARCHAR(20),
    delivery_city         VARCHAR(100),
    delivery_region       VARCHAR(100),
    delivery_country      CHAR(2),
    published_comment     VARCHAR(2000),
    terms                 VARCHAR(2000),
    internal_comment      VARCHAR(2000),
    total                 DECIMAL(19,2) NOT NULL,
    created_at            TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    KEY sales_quote_by_customer (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE sales_quote_line (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    quote_id    BIGINT        NOT NULL,
    customer_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    description VARCHAR(500)  NOT NULL,
    quantity    DECIMAL(19,3) NOT NULL,
    unit_price  DECIMAL(19,2) NOT NULL,
    CONSTRAINT sales_quote_line_quote FOREIGN KEY (quote_id) REFERENCES sales_quote (id),
    KEY sales_quote_line_by_customer (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE sales_order (
    id                        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id               BIGINT        NOT NULL,
    order_number              VARCHAR(20)   NOT NULL,
    customer_reference        VARCHAR(100),
    customer_order_reference  VARCHAR(100),
    notification_mobile       VARCHAR(40),
    invoice_name              VARCHAR(200),
    invoice_attention         VARCHAR(200),
    invoice_address           VARCHAR(200),
    invoice_postal_code       VARCHAR(20),
    invoice_city              VARCHAR(100),
    invoice_region            VARCHAR(100),
    invoice_country           CHAR(2),
    delivery_name             VARCHAR(200),
    delivery_attention        VARCHAR(200),
    delivery_address          VARCHAR(200),
    delivery_postal_code      VARCHAR(20),
    delivery_city             VARCHAR(100),
    delivery_region           VARCHAR(100),
    delivery_country          CHAR(2),
    published_comment         VARCHAR(2000),
    terms                     VARCHAR(2000),
    internal_comment          VARCHAR(2000),
    total                     DECIMAL(19,2) NOT NULL,
    delivered                 BOOLEAN       NOT NULL DEFAULT FALSE,
    invoiced                  BOOLEAN       NOT NULL DEFAULT FALSE,
    invoice_id                BIGINT,
    created_at                TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    UNIQUE KEY sales_order_by_number (order_number),
    KEY sales_order_by_customer (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE sales_order_line (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id    BIGINT        NOT NULL,
    customer_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    description VARCHAR(500)  NOT NULL,
    quantity    DECIMAL(19,3) NOT NULL,
    unit_price  DECIMAL(19,2) NOT NULL,
    CONSTRAINT sales_order_line_order FOREIGN KEY (order_id) REFERENCES sales_order (id),
    KEY sales_order_line_by_customer (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE sales_delivery (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id              BIGINT        NOT NULL,
    customer_id           BIGINT        NOT NULL,
    customer_reference    VARCHAR(100),
    notification_mobile   VARCHAR(40),
    invoice_name          VARCHAR(200),
    invoice_attention     VARCHAR(200),
    invoice_address       VARCHAR(200),
    invoice_postal_code   VARCHAR(20),
    invoice_city          VARCHAR(100),
    invoice_region        VARCHAR(100),
    invoice_country       CHAR(2),
    delivery_name         VARCHAR(200),
    delivery_attention    VARCHAR(200),
    delivery_address      VARCHAR(200),
    delivery_postal_code  VARCHAR(20),
    delivery_city         VARCHAR(100),
    delivery_region       VARCHAR(100),
    delivery_country      CHAR(2),
    published_comment     VARCHAR(2000),
    internal_comment      VARCHAR(2000),
    delivered_at          TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT sales_delivery_order FOREIGN KEY (order_id) REFERENCES sales_order (id),
    KEY sales_delivery_by_customer (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE sales_commercial_invoice (
    id                             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    delivery_id                    BIGINT        NOT NULL,
    customer_id                    BIGINT        NOT NULL,
    customer                       VARCHAR(200),
    name                           VARCHAR(200),
    address                        VARCHAR(200),
    postal_code                    VARCHAR(20),
    city                           VARCHAR(100),
    country                        CHAR(2),
    recipient_organization_number  VARCHAR(20),
    recipient_vat_number           VARCHAR(20),
    recipient_name                 VARCHAR(200),
    recipient_email                VARCHAR(254),
    recipient_phone                VARCHAR(40),
    created_at                     TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT sales_commercial_invoice_delivery FOREIGN KEY (delivery_id) REFERENCES sales_delivery (id),
    UNIQUE KEY sales_commercial_invoice_by_delivery (delivery_id),
    KEY sales_commercial_invoice_by_customer (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE sales_dropship_order (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id           BIGINT        NOT NULL,
    order_reference       VARCHAR(100),
    phone                 VARCHAR(40),
    mobile                VARCHAR(40),
    customer_name         VARCHAR(200),
    invoice_attention     VARCHAR(200),
    invoice_address       VARCHAR(200),
    invoice_postal_code   VARCHAR(20),
    invoice_city          VARCHAR(100),
    invoice_country       CHAR(2),
    delivery_attention    VARCHAR(200),
    delivery_address      VARCHAR(200),
    delivery_postal_code  VARCHAR(20),
    delivery_city         VARCHAR(100),
    delivery_country      CHAR(2),
    internal_comment      VARCHAR(2000),
    total                 DECIMAL(19,2) NOT NULL,
    invoiced              BOOLEAN       NOT NULL DEFAULT FALSE,
    invoice_id            BIGINT,
    created_at            TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    KEY sales_dropship_order_by_customer (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE sales_dropship_order_line (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dropship_order_id  BIGINT        NOT NULL,
    customer_id        BIGINT        NOT NULL,
    position           INT           NOT NULL,
    description        VARCHAR(500)  NOT NULL,
    quantity           DECIMAL(19,3) NOT NULL,
    unit_price         DECIMAL(19,2) NOT NULL,
    CONSTRAINT sales_dropship_order_line_order FOREIGN KEY (dropship_order_id) REFERENCES sales_dropship_order (id),
    KEY sales_dropship_order_line_by_customer (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE sales_dropship_purchase (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dropship_order_id     BIGINT        NOT NULL,
    customer_id           BIGINT        NOT NULL,
    supplier_name         VARCHAR(200)  NOT NULL,
    order_reference       VARCHAR(100),
    phone                 VARCHAR(40),
    mobile                VARCHAR(40),
    published_comment     VARCHAR(2000),
    customer_name         VARCHAR(200),
    delivery_attention    VARCHAR(200),
    delivery_address      VARCHAR(200),
    delivery_postal_code  VARCHAR(20),
    delivery_city         VARCHAR(100),
    delivery_country      CHAR(2),
    terms                 VARCHAR(2000),
    internal_comment      VARCHAR(2000),
    created_at            TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT sales_dropship_purchase_order FOREIGN KEY (dropship_order_id) REFERENCES sales_dropship_order (id),
    KEY sales_dropship_purchase_by_customer (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE sales_inbound_delivery (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    purchase_id       BIGINT        NOT NULL,
    customer_id       BIGINT        NOT NULL,
    received_at       DATETIME(6)   NOT NULL COMMENT 'UTC',
    country           CHAR(2),
    terms             VARCHAR(2000),
    internal_comment  VARCHAR(2000),
    CONSTRAINT sales_inbound_delivery_purchase FOREIGN KEY (purchase_id) REFERENCES sales_dropship_purchase (id),
    UNIQUE KEY sales_inbound_delivery_by_purchase (purchase_id),
    KEY sales_inbound_delivery_by_customer (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE sales_contract (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id         BIGINT        NOT NULL,
    customer_reference  VARCHAR(100),
    recipient           VARCHAR(200),
    email               VARCHAR(254),
    description         VARCHAR(2000),
    start_date          DATE          NOT NULL,
    end_date            DATE,
    created_at          TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    KEY sales_contract_by_customer (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset glomska:sales-demo-1 context:demo

--comment: Demo histories. Customers 1..10: a complete, finished history (ready to anonymize); 11: an open order (blocks); 12: an order delivered and invoiced (accounting adds its unpaid invoice); 13: an ongoing contract. Customers 14..40 have no sales records.

INSERT INTO sales_quote (id, customer_id, customer_reference, invoice_name, invoice_attention, invoice_address, invoice_postal_code, invoice_city, invoice_region, invoice_country, delivery_name, delivery_attention, delivery_address, delivery_postal_code, delivery_city, delivery_region, delivery_country, published_comment, terms, internal_comment, total, created_at) VALUES
(1001, 1, 'Anders Nilsson', 'Anders Nilsson', NULL, 'Götgatan 20', '411 03', 'Göteborg', 'Västra Götalands län', 'SE', 'Anders Nilsson', NULL, 'Götgatan 20', '411 03', 'Göteborg', 'Västra Götalands län', 'SE', 'Offert enligt telefonsamtal.', 'Giltig 30 dagar. Betalningsvillkor 30 dagar netto.', NULL, 5275.00, '2024-03-02 09:04:00'),
(1002, 2, 'Ingrid Olsson', 'Ingrid Olsson', NULL, 'Storgatan 73', '211 20', 'Malmö', 'Skåne län', 'SE', 'Ingrid Olsson', NULL, 'Storgatan 73', '211 20', 'Malmö', 'Skåne län', 'SE', 'Offert enligt telefonsamtal.', 'Giltig 30 dagar. Betalningsvillkor 30 dagar netto.', NULL, 16710.00, '2024-04-03 09:08:00'),
(1003, 3, 'Maja Öberg', 'Fjällbacka Bygg AB', 'Maja Öberg', 'Drottninggatan 14', '753 20', 'Uppsala', 'Uppsala län', 'SE', 'Fjällbacka Bygg AB', 'Maja Öberg', 'Drottninggatan 14', '753 20', 'Uppsala', 'Uppsala län', 'SE', 'Offert enligt telefonsamtal.', 'Giltig 30 dagar. Betalningsvillkor 30 dagar netto.', NULL, 4145.00, '2024-05-04 09:12:00'),
(1004, 4, 'Sara Lindberg', 'Sara Lindberg', NULL, 'Götgatan 39', '903 26', 'Umeå', 'Västerbottens län', 'SE', 'Sara Lindberg', NULL, 'Götgatan 39', '903 26', 'Umeå', 'Västerbottens län', 'SE', 'Offert enligt telefonsamtal.', 'Giltig 30 dagar. Betalningsvillkor 30 dagar netto.', NULL, 14970.00, '2024-06-05 09:16:00'),
(1005, 5, 'Oskar Bergström', 'Oskar Bergström', NULL, 'Götgatan 20', '972 31', 'Luleå', 'Norrbottens län', 'SE', 'Oskar Bergström', NULL, 'Götgatan 20', '972 31', 'Luleå', 'Norrbottens län', 'SE', 'Offert enligt telefonsamtal.', 'Giltig 30 dagar. Betalningsvillkor 30 dagar netto.', NULL, 58440.00, '2024-07-06 09:20:00'),
(1006, 6, 'Per Öberg', 'Norrlands Trä AB', 'Per Öberg', 'Storgatan 90', '621 55', 'Visby', 'Gotlands län', 'SE', 'Norrlands Trä AB', 'Per Öberg', 'Storgatan 90', '621 55', 'Visby', 'Gotlands län', 'SE', 'Offert enligt telefonsamtal.', 'Giltig 30 dagar. Betalningsvillkor 30 dagar netto.', NULL, 7070.00, '2024-08-07 09:24:00'),
(1007, 7, 'Per Johansson', 'Per Johansson', NULL, 'Vasagatan 17', '702 10', 'Örebro', 'Örebro län', 'SE', 'Per Johansson', NULL, 'Vasagatan 17', '702 10', 'Örebro', 'Örebro län', 'SE', 'Offert enligt telefonsamtal.', 'Giltig 30 dagar. Betalningsvillkor 30 dagar netto.', NULL, 7470.00, '2024-09-08 09:28:00'),
(1008, 8, 'Elin Eriksson', 'Elin Eriksson', NULL, 'Ringvägen 30', '111 22', 'Stockholm', 'Stockholms län', 'SE', 'Elin Eriksson', NULL, 'Ringvägen 30', '111 22', 'Stockholm', 'Stockholms län', 'SE', 'Offert enligt telefonsamtal.', 'Giltig 30 dagar. Betalningsvillkor 30 dagar netto.', NULL, 41260.00, '2024-10-09 09:32:00'),
(1009, 9, 'Elin Ekström', 'Västkustens Fisk AB', 'Elin Ekström', 'Götgatan 17', '411 03', 'Göteborg', 'Västra Götalands län', 'SE', 'Västkustens Fisk AB', 'Elin Ekström', 'Götgatan 17', '411 03', 'Göteborg', 'Västra Götalands län', 'SE', 'Offert enligt telefonsamtal.', 'Giltig 30 dagar. Betalningsvillkor 30 dagar netto.', NULL, 3380.00, '2024-02-10 09:36:00'),
(1010, 10, 'Lena Pettersson', 'Lena Pettersson', NULL, 'Skolgatan 21', '211 20', 'Malmö', 'Skåne län', 'SE', 'Lena Pettersson', NULL, 'Skolgatan 21', '211 20', 'Malmö', 'Skåne län', 'SE', 'Offert enligt telefonsamtal.', 'Giltig 30 dagar. Betalningsvillkor 30 dagar netto.', NULL, 13260.00, '2024-03-11 09:40:00');

INSERT INTO sales_quote_line (quote_id, customer_id, position, description, quantity, unit_price) VALUES
(1001, 1, 1, 'Stol Lundagård, ek', 2.000, 1895.00),
(1001, 1, 2, 'Frakt inom Sverige', 3.000, 495.00),
(1002, 2, 1, 'Bokhylla Sörgården, vit', 3.000, 3450.00),
(1002, 2, 2, 'Golvlampa Bris, mässing', 4.000, 1590.00),
(1003, 3, 1, 'Montering på plats, per timme', 1.000, 695.00),
(1003, 3, 2, 'Bokhylla Sörgården, vit', 1.000, 3450.00),
(1004, 4, 1, 'Frakt inom Sverige', 2.000, 495.00),
(1004, 4, 2, 'Skrivbord höj- och sänkbart', 2.000, 6990.00),
(1005, 5, 1, 'Skrivbord höj- och sänkbart', 3.000, 6990.00),
(1005, 5, 2, 'Ekbord massivt, 180 cm', 3.000, 12490.00),
(1006, 6, 1, 'Kontorsstol Ergo Plus', 1.000, 4290.00),
(1006, 6, 2, 'Montering på plats, per timme', 4.000, 695.00),
(1007, 7, 1, 'Golvlampa Bris, mässing', 2.000, 1590.00),
(1007, 7, 2, 'Kontorsstol Ergo Plus', 1.000, 4290.00),
(1008, 8, 1, 'Ekbord massivt, 180 cm', 3.000, 12490.00),
(1008, 8, 2, 'Stol Lundagård, ek', 2.000, 1895.00),
(1009, 9, 1, 'Stol Lundagård, ek', 1.000, 1895.00),
(1009, 9, 2, 'Frakt inom Sverige', 3.000, 495.00),
(1010, 10, 1, 'Bokhylla Sörgården, vit', 2.000, 3450.00),
(1010, 10, 2, 'Golvlampa Bris, mässing', 4.000, 1590.00);

INSERT INTO sales_order (id, customer_id, order_number, customer_reference, customer_order_reference, notification_mobile, invoice_name, invoice_attention, invoice_address, invoice_postal_code, invoice_city, invoice_region, invoice_country, delivery_name, delivery_attention, delivery_address, delivery_postal_code, delivery_city, delivery_region, delivery_country, published_comment, terms, internal_comment, total, delivered, invoiced, invoice_id, created_at) VALUES
(1001, 1, '1001', 'Anders Nilsson', 'IO-24007', '073-192 80 64', 'Anders Nilsson', NULL, 'Götgatan 20', '411 03', 'Göteborg', 'Västra Götalands län', 'SE', 'Anders Nilsson', NULL, 'Götgatan 20', '411 03', 'Göteborg', 'Västra Götalands län', 'SE', NULL, 'Betalningsvillkor 30 dagar netto.', NULL, 5275.00, TRUE, TRUE, NULL, '2024-03-02 09:04:00'),
(1002, 2, '1002', 'Ingrid Olsson', 'IO-24014', '071-684 49 81', 'Ingrid Olsson', NULL, 'Storgatan 73', '211 20', 'Malmö', 'Skåne län', 'SE', 'Ingrid Olsson', NULL, 'Storgatan 73', '211 20', 'Malmö', 'Skåne län', 'SE', 'Leverans till lastkaj, ring 30 min innan.', 'Betalningsvillkor 30 dagar netto.', NULL, 16710.00, TRUE, TRUE, NULL, '2024-04-03 09:08:00'),
(1003, 3, '1003', 'Maja Öberg', 'IO-24021', '075-576 84 68', 'Fjällbacka Bygg AB', 'Maja Öberg', 'Drottninggatan 14', '753 20', 'Uppsala', 'Uppsala län', 'SE', 'Fjällbacka Bygg AB', 'Maja Öberg', 'Drottninggatan 14', '753 20', 'Uppsala', 'Uppsala län', 'SE', NULL, 'Betalningsvillkor 30 dagar netto.', NULL, 4145.00, TRUE, TRUE, NULL, '2024-05-04 09:12:00'),
(1004, 4, '1004', 'Sara Lindberg', 'IO-24028', '071-624 63 31', 'Sara Lindberg', NULL, 'Götgatan 39', '903 26', 'Umeå', 'Västerbottens län', 'SE', 'Sara Lindberg', NULL, 'Götgatan 39', '903 26', 'Umeå', 'Västerbottens län', 'SE', 'Leverans till lastkaj, ring 30 min innan.', 'Betalningsvillkor 30 dagar netto.', NULL, 14970.00, TRUE, TRUE, NULL, '2024-06-05 09:16:00'),
(1005, 5, '1005', 'Oskar Bergström', 'IO-24035', '077-813 95 18', 'Oskar Bergström', NULL, 'Götgatan 20', '972 31', 'Luleå', 'Norrbottens län', 'SE', 'Oskar Bergström', NULL, 'Götgatan 20', '972 31', 'Luleå', 'Norrbottens län', 'SE', NULL, 'Betalningsvillkor 30 dagar netto.', NULL, 58440.00, TRUE, TRUE, NULL, '2024-07-06 09:20:00'),
(1006, 6, '1006', 'Per Öberg', 'IO-24042', '071-605 17 37', 'Norrlands Trä AB', 'Per Öberg', 'Storgatan 90', '621 55', 'Visby', 'Gotlands län', 'SE', 'Norrlands Trä AB', 'Per Öberg', 'Storgatan 90', '621 55', 'Visby', 'Gotlands län', 'SE', 'Leverans till lastkaj, ring 30 min innan.', 'Betalningsvillkor 30 dagar netto.', NULL, 7070.00, TRUE, TRUE, NULL, '2024-08-07 09:24:00'),
(1007, 7, '1007', 'Per Johansson', 'IO-24049', '074-823 63 55', 'Per Johansson', NULL, 'Vasagatan 17', '702 10', 'Örebro', 'Örebro län', 'SE', 'Per Johansson', NULL, 'Vasagatan 17', '702 10', 'Örebro', 'Örebro län', 'SE', NULL, 'Betalningsvillkor 30 dagar netto.', NULL, 7470.00, TRUE, TRUE, NULL, '2024-09-08 09:28:00'),
(1008, 8, '1008', 'Elin Eriksson', 'IO-24056', '076-647 57 88', 'Elin Eriksson', NULL, 'Ringvägen 30', '111 22', 'Stockholm', 'Stockholms län', 'SE', 'Elin Eriksson', NULL, 'Ringvägen 30', '111 22', 'Stockholm', 'Stockholms län', 'SE', 'Leverans till lastkaj, ring 30 min innan.', 'Betalningsvillkor 30 dagar netto.', NULL, 41260.00, TRUE, TRUE, NULL, '2024-10-09 09:32:00'),
(1009, 9, '1009', 'Elin Ekström', 'IO-24063', '070-295 18 36', 'Västkustens Fisk AB', 'Elin Ekström', 'Götgatan 17', '411 03', 'Göteborg', 'Västra Götalands län', 'SE', 'Västkustens Fisk AB', 'Elin Ekström', 'Götgatan 17', '411 03', 'Göteborg', 'Västra Götalands län', 'SE', NULL, 'Betalningsvillkor 30 dagar netto.', NULL, 3380.00, TRUE, TRUE, NULL, '2024-02-10 09:36:00'),
(1010, 10, '1010', 'Lena Pettersson', 'IO-24070', '079-485 29 91', 'Lena Pettersson', NULL, 'Skolgatan 21', '211 20', 'Malmö', 'Skåne län', 'SE', 'Lena Pettersson', NULL, 'Skolgatan 21', '211 20', 'Malmö', 'Skåne län', 'SE', 'Leverans till lastkaj, ring 30 min innan.', 'Betalningsvillkor 30 dagar netto.', NULL, 13260.00, TRUE, TRUE, NULL, '2024-03-11 09:40:00'),
(1011, 11, '1011', 'Gustav Lindqvist', 'IO-24077', '075-858 43 71', 'Gustav Lindqvist', NULL, 'Vasagatan 45', '753 20', 'Uppsala', 'Uppsala län', 'SE', 'Gustav Lindqvist', NULL, 'Vasagatan 45', '753 20', 'Uppsala', 'Uppsala län', 'SE', NULL, 'Betalningsvillkor 30 dagar netto.', NULL, 5535.00, FALSE, FALSE, NULL, '2024-04-12 09:44:00'),
(1012, 12, '1012', 'Anna Olsson', 'IO-24084', '074-630 56 31', 'Mälardalens El HB', 'Anna Olsson', 'Drottninggatan 67', '903 26', 'Umeå', 'Västerbottens län', 'SE', 'Mälardalens El HB', 'Anna Olsson', 'Drottninggatan 67', '903 26', 'Umeå', 'Västerbottens län', 'SE', 'Leverans till lastkaj, ring 30 min innan.', 'Betalningsvillkor 30 dagar netto.', NULL, 14475.00, TRUE, TRUE, NULL, '2024-05-13 09:48:00');

INSERT INTO sales_order_line (order_id, customer_id, position, description, quantity, unit_price) VALUES
(1001, 1, 1, 'Stol Lundagård, ek', 2.000, 1895.00),
(1001, 1, 2, 'Frakt inom Sverige', 3.000, 495.00),
(1002, 2, 1, 'Bokhylla Sörgården, vit', 3.000, 3450.00),
(1002, 2, 2, 'Golvlampa Bris, mässing', 4.000, 1590.00),
(1003, 3, 1, 'Montering på plats, per timme', 1.000, 695.00),
(1003, 3, 2, 'Bokhylla Sörgården, vit', 1.000, 3450.00),
(1004, 4, 1, 'Frakt inom Sverige', 2.000, 495.00),
(1004, 4, 2, 'Skrivbord höj- och sänkbart', 2.000, 6990.00),
(1005, 5, 1, 'Skrivbord höj- och sänkbart', 3.000, 6990.00),
(1005, 5, 2, 'Ekbord massivt, 180 cm', 3.000, 12490.00),
(1006, 6, 1, 'Kontorsstol Ergo Plus', 1.000, 4290.00),
(1006, 6, 2, 'Montering på plats, per timme', 4.000, 695.00),
(1007, 7, 1, 'Golvlampa Bris, mässing', 2.000, 1590.00),
(1007, 7, 2, 'Kontorsstol Ergo Plus', 1.000, 4290.00),
(1008, 8, 1, 'Ekbord massivt, 180 cm', 3.000, 12490.00),
(1008, 8, 2, 'Stol Lundagård, ek', 2.000, 1895.00),
(1009, 9, 1, 'Stol Lundagård, ek', 1.000, 1895.00),
(1009, 9, 2, 'Frakt inom Sverige', 3.000, 495.00),
(1010, 10, 1, 'Bokhylla Sörgården, vit', 2.000, 3450.00),
(1010, 10, 2, 'Golvlampa Bris, mässing', 4.000, 1590.00),
(1011, 11, 1, 'Montering på plats, per timme', 3.000, 695.00),
(1011, 11, 2, 'Bokhylla Sörgården, vit', 1.000, 3450.00),
(1012, 12, 1, 'Frakt inom Sverige', 1.000, 495.00),
(1012, 12, 2, 'Skrivbord höj- och sänkbart', 2.000, 6990.00);

INSERT INTO sales_delivery (id, order_id, customer_id, customer_reference, notification_mobile, invoice_name, invoice_attention, invoice_address, invoice_postal_code, invoice_city, invoice_region, invoice_country, delivery_name, delivery_attention, delivery_address, delivery_postal_code, delivery_city, delivery_region, delivery_country, published_comment, internal_comment, delivered_at) VALUES
(1001, 1001, 1, 'Anders Nilsson', '073-192 80 64', 'Anders Nilsson', NULL, 'Götgatan 20', '411 03', 'Göteborg', 'Västra Götalands län', 'SE', 'Anders Nilsson', NULL, 'Götgatan 20', '411 03', 'Göteborg', 'Västra Götalands län', 'SE', 'Levereras med DB Schenker.', NULL, '2024-03-02 14:04:00'),
(1002, 1002, 2, 'Ingrid Olsson', '071-684 49 81', 'Ingrid Olsson', NULL, 'Storgatan 73', '211 20', 'Malmö', 'Skåne län', 'SE', 'Ingrid Olsson', NULL, 'Storgatan 73', '211 20', 'Malmö', 'Skåne län', 'SE', 'Levereras med DB Schenker.', NULL, '2024-04-03 14:08:00'),
(1003, 1003, 3, 'Maja Öberg', '075-576 84 68', 'Fjällbacka Bygg AB', 'Maja Öberg', 'Drottninggatan 14', '753 20', 'Uppsala', 'Uppsala län', 'SE', 'Fjällbacka Bygg AB', 'Maja Öberg', 'Drottninggatan 14', '753 20', 'Uppsala', 'Uppsala län', 'SE', 'Levereras med DB Schenker.', NULL, '2024-05-04 14:12:00'),
(1004, 1004, 4, 'Sara Lindberg', '071-624 63 31', 'Sara Lindberg', NULL, 'Götgatan 39', '903 26', 'Umeå', 'Västerbottens län', 'SE', 'Sara Lindberg', NULL, 'Götgatan 39', '903 26', 'Umeå', 'Västerbottens län', 'SE', 'Levereras med DB Schenker.', NULL, '2024-06-05 14:16:00'),
(1005, 1005, 5, 'Oskar Bergström', '077-813 95 18', 'Oskar Bergström', NULL, 'Götgatan 20', '972 31', 'Luleå', 'Norrbottens län', 'SE', 'Oskar Bergström', NULL, 'Götgatan 20', '972 31', 'Luleå', 'Norrbottens län', 'SE', 'Levereras med DB Schenker.', NULL, '2024-07-06 14:20:00'),
(1006, 1006, 6, 'Per Öberg', '071-605 17 37', 'Norrlands Trä AB', 'Per Öberg', 'Storgatan 90', '621 55', 'Visby', 'Gotlands län', 'SE', 'Norrlands Trä AB', 'Per Öberg', 'Storgatan 90', '621 55', 'Visby', 'Gotlands län', 'SE', 'Levereras med DB Schenker.', NULL, '2024-08-07 14:24:00'),
(1007, 1007, 7, 'Per Johansson', '074-823 63 55', 'Per Johansson', NULL, 'Vasagatan 17', '702 10', 'Örebro', 'Örebro län', 'SE', 'Per Johansson', NULL, 'Vasagatan 17', '702 10', 'Örebro', 'Örebro län', 'SE', 'Levereras med DB Schenker.', NULL, '2024-09-08 14:28:00'),
(1008, 1008, 8, 'Elin Eriksson', '076-647 57 88', 'Elin Eriksson', NULL, 'Ringvägen 30', '111 22', 'Stockholm', 'Stockholms län', 'SE', 'Elin Eriksson', NULL, 'Ringvägen 30', '111 22', 'Stockholm', 'Stockholms län', 'SE', 'Levereras med DB Schenker.', NULL, '2024-10-09 14:32:00'),
(1009, 1009, 9, 'Elin Ekström', '070-295 18 36', 'Västkustens Fisk AB', 'Elin Ekström', 'Götgatan 17', '411 03', 'Göteborg', 'Västra Götalands län', 'SE', 'Västkustens Fisk AB', 'Elin Ekström', 'Götgatan 17', '411 03', 'Göteborg', 'Västra Götalands län', 'SE', 'Levereras med DB Schenker.', NULL, '2024-02-10 14:36:00'),
(1010, 1010, 10, 'Lena Pettersson', '079-485 29 91', 'Lena Pettersson', NULL, 'Skolgatan 21', '211 20', 'Malmö', 'Skåne län', 'SE', 'Lena Pettersson', NULL, 'Skolgatan 21', '211 20', 'Malmö', 'Skåne län', 'SE', 'Levereras med DB Schenker.', NULL, '2024-03-11 14:40:00'),
(1012, 1012, 12, 'Anna Olsson', '074-630 56 31', 'Mälardalens El HB', 'Anna Olsson', 'Drottninggatan 67', '903 26', 'Umeå', 'Västerbottens län', 'SE', 'Mälardalens El HB', 'Anna Olsson', 'Drottninggatan 67', '903 26', 'Umeå', 'Västerbottens län', 'SE', 'Levereras med DB Schenker.', NULL, '2024-05-13 14:48:00');

INSERT INTO sales_commercial_invoice (id, delivery_id, customer_id, customer, name, address, postal_code, city, country, recipient_organization_number, recipient_vat_number, recipient_name, recipient_email, recipient_phone, created_at) VALUES
(1001, 1001, 1, 'Anders Nilsson', 'Anders Nilsson', 'Götgatan 20', '411 03', 'Göteborg', 'SE', NULL, NULL, 'Anders Nilsson', 'anders.nilsson@example.se', '073-192 80 64', '2024-03-02 09:04:00'),
(1002, 1002, 2, 'Ingrid Olsson', 'Ingrid Olsson', 'Storgatan 73', '211 20', 'Malmö', 'SE', NULL, NULL, 'Ingrid Olsson', 'ingrid.olsson@example.se', '071-684 49 81', '2024-04-03 09:08:00'),
(1003, 1003, 3, 'Fjällbacka Bygg AB', 'Fjällbacka Bygg AB', 'Drottninggatan 14', '753 20', 'Uppsala', 'SE', '554078-7101', 'SE554078710101', 'Maja Öberg', 'info@fjallbacka.se', '075-576 84 68', '2024-05-04 09:12:00'),
(1004, 1004, 4, 'Sara Lindberg', 'Sara Lindberg', 'Götgatan 39', '903 26', 'Umeå', 'SE', NULL, NULL, 'Sara Lindberg', 'sara.lindberg@example.se', '071-624 63 31', '2024-06-05 09:16:00'),
(1005, 1005, 5, 'Oskar Bergström', 'Oskar Bergström', 'Götgatan 20', '972 31', 'Luleå', 'SE', NULL, NULL, 'Oskar Bergström', 'oskar.bergstrom@example.se', '077-813 95 18', '2024-07-06 09:20:00'),
(1006, 1006, 6, 'Norrlands Trä AB', 'Norrlands Trä AB', 'Storgatan 90', '621 55', 'Visby', 'SE', '558301-5662', 'SE558301566201', 'Per Öberg', 'info@norrlands.se', '071-605 17 37', '2024-08-07 09:24:00'),
(1007, 1007, 7, 'Per Johansson', 'Per Johansson', 'Vasagatan 17', '702 10', 'Örebro', 'SE', NULL, NULL, 'Per Johansson', 'per.johansson@example.se', '074-823 63 55', '2024-09-08 09:28:00'),
(1008, 1008, 8, 'Elin Eriksson', 'Elin Eriksson', 'Ringvägen 30', '111 22', 'Stockholm', 'SE', NULL, NULL, 'Elin Eriksson', 'elin.eriksson@example.se', '076-647 57 88', '2024-10-09 09:32:00'),
(1009, 1009, 9, 'Västkustens Fisk AB', 'Västkustens Fisk AB', 'Götgatan 17', '411 03', 'Göteborg', 'SE', '551884-8481', 'SE551884848101', 'Elin Ekström', 'info@vastkustens.se', '070-295 18 36', '2024-02-10 09:36:00'),
(1010, 1010, 10, 'Lena Pettersson', 'Lena Pettersson', 'Skolgatan 21', '211 20', 'Malmö', 'SE', NULL, NULL, 'Lena Pettersson', 'lena.pettersson@example.se', '079-485 29 91', '2024-03-11 09:40:00');

INSERT INTO sales_contract (id, customer_id, customer_reference, recipient, email, description, start_date, end_date) VALUES
(1001, 1, 'Anders Nilsson', 'Anders Nilsson', 'anders.nilsson@example.se', 'Serviceavtal kontorsmöbler, årlig översyn', '2023-01-01', '2024-02-28'),
(1002, 2, 'Ingrid Olsson', 'Ingrid Olsson', 'ingrid.olsson@example.se', 'Serviceavtal kontorsmöbler, årlig översyn', '2023-01-01', '2024-03-28'),
(1003, 3, 'Maja Öberg', 'Maja Öberg', 'info@fjallbacka.se', 'Serviceavtal kontorsmöbler, årlig översyn', '2023-01-01', '2024-04-28'),
(1004, 4, 'Sara Lindberg', 'Sara Lindberg', 'sara.lindberg@example.se', 'Serviceavtal kontorsmöbler, årlig översyn', '2023-01-01', '2024-05-28'),
(1005, 5, 'Oskar Bergström', 'Oskar Bergström', 'oskar.bergstrom@example.se', 'Serviceavtal kontorsmöbler, årlig översyn', '2023-01-01', '2024-06-28'),
(1006, 6, 'Per Öberg', 'Per Öberg', 'info@norrlands.se', 'Serviceavtal kontorsmöbler, årlig översyn', '2023-01-01', '2024-07-28'),
(1007, 7, 'Per Johansson', 'Per Johansson', 'per.johansson@example.se', 'Serviceavtal kontorsmöbler, årlig översyn', '2023-01-01', '2024-08-28'),
(1008, 8, 'Elin Eriksson', 'Elin Eriksson', 'elin.eriksson@example.se', 'Serviceavtal kontorsmöbler, årlig översyn', '2023-01-01', '2024-09-28'),
(1009, 9, 'Elin Ekström', 'Elin Ekström', 'info@vastkustens.se', 'Serviceavtal kontorsmöbler, årlig översyn', '2023-01-01', '2024-10-28'),
(1010, 10, 'Lena Pettersson', 'Lena Pettersson', 'lena.pettersson@example.se', 'Serviceavtal kontorsmöbler, årlig översyn', '2023-01-01', '2024-11-28'),
(1013, 13, 'Mikael Ekström', 'Mikael Ekström', 'mikael.ekstrom@example.se', 'Löpande serviceavtal kontorsmöbler', '2025-01-01', NULL);

--changeset glomska:sales-2 context:main
--comment: The erasure's blockers ask, under the customer's lock, for the state of every order and dropship order of the customer: answered from indexes alone (no row read per order).
CREATE INDEX sales_order_states_by_customer ON sales_order (customer_id, delivered, invoiced);
CREATE INDEX sales_dropship_purchase_by_customer_order ON sales_dropship_purchase (customer_id, dropship_order_id);

--changeset glomska:sales-3 context:main
--comment: The daily check for contracts that ended (issue 14) finds them by their last day.
CREATE INDEX sales_contract_by_end_date ON sales_contract (end_date);
