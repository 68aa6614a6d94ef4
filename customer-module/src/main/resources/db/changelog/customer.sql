--liquibase formatted sql

--changeset glomska:customer-1 context:main
CREATE SEQUENCE customer_number_seq START WITH 10001 INCREMENT BY 1 NOCACHE;

CREATE TABLE customer (
    id                       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_number          VARCHAR(20)   NOT NULL,
    kind                     VARCHAR(10)   NOT NULL,
    relation                 VARCHAR(10)   NOT NULL,
    first_name               VARCHAR(100),
    last_name                VARCHAR(100),
    name                     VARCHAR(200),
    organization_number      VARCHAR(20),
    vat_number               VARCHAR(20),
    gender                   VARCHAR(10),
    customer_group           VARCHAR(50),
    country                  CHAR(2),
    region                   VARCHAR(100),
    delivery_country         CHAR(2),
    accepts_email_marketing  BOOLEAN       NOT NULL DEFAULT FALSE,
    accepts_postal_marketing BOOLEAN       NOT NULL DEFAULT FALSE,
    info                     TEXT,
    internal_info            TEXT,
    invoice_company_name     VARCHAR(200),
    invoice_attention        VARCHAR(200),
    invoice_line1            VARCHAR(200),
    invoice_line2            VARCHAR(200),
    invoice_line3            VARCHAR(200),
    invoice_postal_code      VARCHAR(20),
    invoice_city             VARCHAR(100),
    invoice_region           VARCHAR(100),
    invoice_country          CHAR(2),
    invoice_latitude         DECIMAL(9,6),
    invoice_longitude        DECIMAL(9,6),
    visit_company_name       VARCHAR(200),
    visit_line1              VARCHAR(200),
    visit_line2              VARCHAR(200),
    visit_line3              VARCHAR(200),
    visit_postal_code        VARCHAR(20),
    visit_city               VARCHAR(100),
    visit_region             VARCHAR(100),
    visit_country            CHAR(2),
    visit_latitude           DECIMAL(9,6),
    visit_longitude          DECIMAL(9,6),
    contact_person           VARCHAR(200),
    phone                    VARCHAR(40),
    mobile                   VARCHAR(40),
    fax                      VARCHAR(40),
    email                    VARCHAR(254),
    website                  VARCHAR(254),
    birth_date               DATE,
    anonymized               BOOLEAN       NOT NULL DEFAULT FALSE,
    anonymized_at            TIMESTAMP(6)  NULL,
    created_at               TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    UNIQUE KEY customer_by_number (customer_number),
    KEY customer_by_first_name (anonymized, first_name),
    KEY customer_by_last_name (anonymized, last_name),
    KEY customer_by_name (anonymized, name),
    KEY customer_by_organization_number (organization_number),
    KEY customer_by_email (email),
    KEY customer_by_phone (phone),
    KEY customer_by_mobile (mobile),
    KEY customer_by_city (invoice_city),
    KEY customer_by_visit_city (visit_city)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE customer_branch (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id    BIGINT       NOT NULL,
    name           VARCHAR(200),
    line1          VARCHAR(200),
    line2          VARCHAR(200),
    postal_code    VARCHAR(20),
    city           VARCHAR(100),
    country        CHAR(2),
    phone          VARCHAR(40),
    email          VARCHAR(254),
    contact_person VARCHAR(200),
    notes          TEXT,
    CONSTRAINT customer_branch_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    KEY customer_branch_by_customer (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE credit_report (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id BIGINT       NOT NULL,
    provider    VARCHAR(100) NOT NULL,
    rating      VARCHAR(20),
    reported_at DATE         NOT NULL,
    notes       TEXT,
    file_name   VARCHAR(255),
    CONSTRAINT credit_report_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    KEY credit_report_by_customer (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE credit_report_file (
    id          BIGINT   NOT NULL PRIMARY KEY,
    customer_id BIGINT   NOT NULL,
    content     LONGBLOB NOT NULL,
    CONSTRAINT credit_report_file_report FOREIGN KEY (id) REFERENCES credit_report (id),
    KEY credit_report_file_by_customer (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE customer_document (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id BIGINT       NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    description VARCHAR(1000),
    content     LONGBLOB     NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT customer_document_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    KEY customer_document_by_customer (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE customer_property (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id    BIGINT        NOT NULL,
    property_key   VARCHAR(100)  NOT NULL,
    property_value VARCHAR(2000),
    CONSTRAINT customer_property_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    UNIQUE KEY customer_property_by_key (customer_id, property_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE erasure_log (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id  BIGINT       NOT NULL,
    action       VARCHAR(10)  NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    performed_at TIMESTAMP(6) NOT NULL,
    changes      TEXT         NOT NULL,
    KEY erasure_log_by_time (performed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset glomska:customer-demo-1 context:demo
--comment: A small believable register: customers 1..13 get histories in the other modules, 14..40 have none.
--comment: Personal numbers are Skatteverket's published test numbers; organization numbers have a wrong check digit.
--validCheckSum: 1:any
INSERT INTO customer (id, customer_number, kind, relation, first_name, last_name, name, organization_number, vat_number,
    gender, customer_group, country, region, delivery_country, accepts_email_marketing, accepts_postal_marketing, info, internal_info,
    invoice_company_name, invoice_attention, invoice_line1, invoice_line2, invoice_line3, invoice_postal_code, invoice_city, invoice_region,
    invoice_country, invoice_latitude, invoice_longitude, visit_company_name, visit_line1, visit_line2, visit_line3, visit_postal_code,
    visit_city, visit_region, visit_country, visit_latitude, visit_longitude, contact_person, phone, mobile, fax, email, website, birth_date) VALUES
(1, '10001', 'PERSON', 'CUSTOMER', 'Anders', 'Nilsson', NULL, '900101-2385', NULL, 'FEMALE', 'Företag', 'SE', 'Västra Götalands län', 'SE', FALSE, FALSE, 'Kund sedan 2011', NULL, 'Anders Nilsson', NULL, 'Götgatan 20', NULL, NULL, '411 03', 'Göteborg', 'Västra Götalands län', 'SE', 57.68037, 11.933195, 'Anders Nilsson', 'Götgatan 20', NULL, NULL, '411 03', 'Göteborg', 'Västra Götalands län', 'SE', 57.7089, 11.9746, 'Anders Nilsson', '061-173248', '073-192 80 64', NULL, 'anders.nilsson@example.se', NULL, '1990-01-01'),
(2, '10002', 'PERSON', 'CUSTOMER', 'Ingrid', 'Olsson', NULL, '030606-2381', NULL, 'MALE', 'Privat', 'SE', 'Skåne län', 'SE', FALSE, TRUE, 'Kund sedan 2012', NULL, 'Ingrid Olsson', NULL, 'Storgatan 73', NULL, NULL, '211 20', 'Malmö', 'Skåne län', 'SE', 55.640847, 12.982761, 'Ingrid Olsson', 'Storgatan 73', NULL, NULL, '211 20', 'Malmö', 'Skåne län', 'SE', 55.605, 13.0038, 'Ingrid Olsson', '026-666950', '071-684 49 81', NULL, 'ingrid.olsson@example.se', NULL, '2003-06-06'),
(3, '10003', 'COMPANY', 'CUSTOMER', NULL, NULL, 'Fjällbacka Bygg AB', '554078-7101', 'SE554078710101', NULL, 'Privat', 'SE', 'Uppsala län', 'SE', FALSE, TRUE, 'Kund sedan 2013', NULL, 'Fjällbacka Bygg AB', NULL, 'Drottninggatan 14', NULL, NULL, '753 20', 'Uppsala', 'Uppsala län', 'SE', 59.81456, 17.609496, 'Fjällbacka Bygg AB', 'Drottninggatan 14', NULL, NULL, '753 20', 'Uppsala', 'Uppsala län', 'SE', 59.8586, 17.6389, 'Maja Öberg', '076-548363', '075-576 84 68', NULL, 'info@fjallbacka.se', NULL, NULL),
(4, '10004', 'PERSON', 'CUSTOMER', 'Sara', 'Lindberg', NULL, '060709-2384', NULL, 'FEMALE', 'Återförsäljare', 'SE', 'Västerbottens län', 'SE', TRUE, FALSE, 'Kund sedan 2014', NULL, 'Sara Lindberg', NULL, 'Götgatan 39', NULL, NULL, '903 26', 'Umeå', 'Västerbottens län', 'SE', 63.810148, 20.257883, 'Sara Lindberg', 'Götgatan 39', NULL, NULL, '903 26', 'Umeå', 'Västerbottens län', 'SE', 63.8258, 20.263, 'Sara Lindberg', '085-176756', '071-624 63 31', NULL, 'sara.lindberg@example.se', NULL, '2006-07-09'),
(5, '10005', 'PERSON', 'CUSTOMER', 'Oskar', 'Bergström', NULL, '080212-2390', NULL, 'MALE', 'Företag', 'SE', 'Norrbottens län', 'SE', FALSE, FALSE, 'Kund sedan 2015', NULL, 'Oskar Bergström', NULL, 'Götgatan 20', NULL, NULL, '972 31', 'Luleå', 'Norrbottens län', 'SE', 65.59279, 22.150321, 'Oskar Bergström', 'Götgatan 20', NULL, NULL, '972 31', 'Luleå', 'Norrbottens län', 'SE', 65.5848, 22.1547, 'Oskar Bergström', '019-383051', '077-813 95 18', NULL, 'oskar.bergstrom@example.se', NULL, '2008-02-12'),
(6, '10006', 'COMPANY', 'CUSTOMER', NULL, NULL, 'Norrlands Trä AB', '558301-5662', 'SE558301566201', NULL, 'Återförsäljare', 'SE', 'Gotlands län', 'SE', TRUE, FALSE, 'Kund sedan 2016', NULL, 'Norrlands Trä AB', NULL, 'Storgatan 90', NULL, NULL, '621 55', 'Visby', 'Gotlands län', 'SE', 57.587056, 18.29097, 'Norrlands Trä AB', 'Storgatan 90', NULL, NULL, '621 55', 'Visby', 'Gotlands län', 'SE', 57.6348, 18.2948, 'Per Öberg', '029-740595', '071-605 17 37', NULL, 'info@norrlands.se', NULL, NULL),
(7, '10007', 'PERSON', 'CUSTOMER', 'Per', 'Johansson', NULL, '170101-2393', NULL, 'MALE', 'Privat', 'SE', 'Örebro län', 'SE', TRUE, FALSE, 'Kund sedan 2017', NULL, 'Per Johansson', NULL, 'Vasagatan 17', NULL, NULL, '702 10', 'Örebro', 'Örebro län', 'SE', 59.251884, 15.170293, 'Per Johansson', 'Vasagatan 17', NULL, NULL, '702 10', 'Örebro', 'Örebro län', 'SE', 59.2741, 15.2066, 'Per Johansson', '063-676947', '074-823 63 55', NULL, 'per.johansson@example.se', NULL, '2017-01-01'),
(8, '10008', 'PERSON', 'CUSTOMER', 'Elin', 'Eriksson', NULL, '000612-9803', NULL, 'FEMALE', 'Återförsäljare', 'SE', 'Stockholms län', 'SE', TRUE, FALSE, 'Kund sedan 2018', NULL, 'Elin Eriksson', NULL, 'Ringvägen 30', NULL, NULL, '111 22', 'Stockholm', 'Stockholms län', 'SE', 59.338212, 18.044875, 'Elin Eriksson', 'Ringvägen 30', NULL, NULL, '111 22', 'Stockholm', 'Stockholms län', 'SE', 59.3293, 18.0686, 'Elin Eriksson', '08-252752', '076-647 57 88', NULL, 'elin.eriksson@example.se', NULL, '1900-06-12'),
(9, '10009', 'COMPANY', 'CUSTOMER', NULL, NULL, 'Västkustens Fisk AB', '551884-8481', 'SE551884848101', NULL, 'Återförsäljare', 'SE', 'Västra Götalands län', 'SE', FALSE, FALSE, 'Kund sedan 2019', NULL, 'Västkustens Fisk AB', NULL, 'Götgatan 17', NULL, NULL, '411 03', 'Göteborg', 'Västra Götalands län', 'SE', 57.698798, 11.934954, 'Västkustens Fisk AB', 'Götgatan 17', NULL, NULL, '411 03', 'Göteborg', 'Västra Götalands län', 'SE', 57.7089, 11.9746, 'Elin Ekström', '089-519894', '070-295 18 36', NULL, 'info@vastkustens.se', NULL, NULL),
(10, '10010', 'PERSON', 'CUSTOMER', 'Lena', 'Pettersson', NULL, '010821-9817', NULL, 'FEMALE', 'Privat', 'SE', 'Skåne län', 'SE', FALSE, FALSE, 'Kund sedan 2020', NULL, 'Lena Pettersson', NULL, 'Skolgatan 21', NULL, NULL, '211 20', 'Malmö', 'Skåne län', 'SE', 55.649895, 13.015174, 'Lena Pettersson', 'Skolgatan 21', NULL, NULL, '211 20', 'Malmö', 'Skåne län', 'SE', 55.605, 13.0038, 'Lena Pettersson', '017-318054', '079-485 29 91', NULL, 'lena.pettersson@example.se', NULL, '1901-08-21'),
(11, '10011', 'PERSON', 'CUSTOMER', 'Gustav', 'Lindqvist', NULL, '070401-9801', NULL, 'FEMALE', 'Företag', 'SE', 'Uppsala län', 'SE', FALSE, FALSE, 'Kund sedan 2021', NULL, 'Gustav Lindqvist', NULL, 'Vasagatan 45', NULL, NULL, '753 20', 'Uppsala', 'Uppsala län', 'SE', 59.856983, 17.597488, 'Gustav Lindqvist', 'Vasagatan 45', NULL, NULL, '753 20', 'Uppsala', 'Uppsala län', 'SE', 59.8586, 17.6389, 'Gustav Lindqvist', '021-886090', '075-858 43 71', NULL, 'gustav.lindqvist@example.se', NULL, '1907-04-01'),
(12, '10012', 'COMPANY', 'CUSTOMER', NULL, NULL, 'Mälardalens El HB', '559654-6926', 'SE559654692601', NULL, 'Privat', 'SE', 'Västerbottens län', 'SE', FALSE, FALSE, 'Kund sedan 2022', NULL, 'Mälardalens El HB', NULL, 'Drottninggatan 67', NULL, NULL, '903 26', 'Umeå', 'Västerbottens län', 'SE', 63.851614, 20.242809, 'Mälardalens El HB', 'Drottninggatan 67', NULL, NULL, '903 26', 'Umeå', 'Västerbottens län', 'SE', 63.8258, 20.263, 'Anna Olsson', '090-195431', '074-630 56 31', NULL, 'info@malardalens.se', NULL, NULL),
(13, '10013', 'PERSON', 'CUSTOMER', 'Mikael', 'Ekström', NULL, '900209-9811', NULL, 'MALE', 'Återförsäljare', 'SE', 'Norrbottens län', 'SE', TRUE, FALSE, 'Kund sedan 2023', NULL, 'Mikael Ekström', NULL, 'Götgatan 29', NULL, NULL, '972 31', 'Luleå', 'Norrbottens län', 'SE', 65.633293, 22.189963, 'Mikael Ekström', 'Götgatan 29', NULL, NULL, '972 31', 'Luleå', 'Norrbottens län', 'SE', 65.5848, 22.1547, 'Mikael Ekström', '038-958084', '076-857 39 35', NULL, 'mikael.ekstrom@example.se', NULL, '1890-02-09'),
(14, '10014', 'PERSON', 'CUSTOMER', 'Maja', 'Karlsson', NULL, '910317-9801', NULL, 'MALE', 'Företag', 'SE', 'Gotlands län', 'SE', TRUE, FALSE, 'Kund sedan 2010', NULL, 'Maja Karlsson', NULL, 'Skolgatan 46', NULL, NULL, '621 55', 'Visby', 'Gotlands län', 'SE', 57.619228, 18.325657, 'Maja Karlsson', 'Skolgatan 46', NULL, NULL, '621 55', 'Visby', 'Gotlands län', 'SE', 57.6348, 18.2948, 'Maja Karlsson', '052-482348', '071-325 23 39', NULL, 'maja.karlsson@example.se', NULL, '1891-03-17'),
(15, '10015', 'COMPANY', 'CUSTOMER', NULL, NULL, 'Skånska Mejeriet AB', '558907-1031', 'SE558907103101', NULL, 'Företag', 'SE', 'Örebro län', 'SE', FALSE, FALSE, 'Kund sedan 2011', NULL, 'Skånska Mejeriet AB', NULL, 'Skolgatan 26', NULL, NULL, '702 10', 'Örebro', 'Örebro län', 'SE', 59.288413, 15.240065, 'Skånska Mejeriet AB', 'Skolgatan 26', NULL, NULL, '702 10', 'Örebro', 'Örebro län', 'SE', 59.2741, 15.2066, 'Lena Olsson', '023-507409', '073-589 32 65', NULL, 'info@skanska.se', NULL, NULL),
(16, '10016', 'PERSON', 'CUSTOMER', 'Emma', 'Svensson', NULL, '950629-9818', NULL, 'FEMALE', 'Återförsäljare', 'SE', 'Stockholms län', 'SE', TRUE, FALSE, 'Kund sedan 2012', NULL, 'Emma Svensson', NULL, 'Götgatan 12', NULL, NULL, '111 22', 'Stockholm', 'Stockholms län', 'SE', 59.282055, 18.077681, 'Emma Svensson', 'Götgatan 12', NULL, NULL, '111 22', 'Stockholm', 'Stockholms län', 'SE', 59.3293, 18.0686, 'Emma Svensson', '067-945678', '072-726 86 70', NULL, 'emma.svensson@example.se', NULL, '1895-06-29'),
(17, '10017', 'PERSON', 'PROSPECT', 'Henrik', 'Jonsson', NULL, '250308-2386', NULL, 'FEMALE', 'Återförsäljare', 'SE', 'Västra Götalands län', 'SE', FALSE, FALSE, 'Kund sedan 2013', NULL, 'Henrik Jonsson', NULL, 'Götgatan 20', NULL, NULL, '411 03', 'Göteborg', 'Västra Götalands län', 'SE', 57.752262, 11.967981, 'Henrik Jonsson', 'Götgatan 20', NULL, NULL, '411 03', 'Göteborg', 'Västra Götalands län', 'SE', 57.7089, 11.9746, 'Henrik Jonsson', '032-966286', '073-128 42 37', NULL, 'henrik.jonsson@example.se', NULL, '2025-03-08'),
(18, '10018', 'COMPANY', 'CUSTOMER', NULL, NULL, 'Göta Kanal Logistik AB', '556341-5249', 'SE556341524901', NULL, 'Återförsäljare', 'SE', 'Skåne län', 'SE', TRUE, TRUE, 'Kund sedan 2014', NULL, 'Göta Kanal Logistik AB', NULL, 'Vasagatan 65', NULL, NULL, '211 20', 'Malmö', 'Skåne län', 'SE', 55.646002, 12.989178, 'Göta Kanal Logistik AB', 'Vasagatan 65', NULL, NULL, '211 20', 'Malmö', 'Skåne län', 'SE', 55.605, 13.0038, 'Anders Öberg', '066-794655', '079-934 76 63', NULL, 'info@gota.se', NULL, NULL),
(19, '10019', 'PERSON', 'CUSTOMER', 'Nils', 'Sjögren', NULL, '250331-2387', NULL, 'MALE', 'Privat', 'SE', 'Uppsala län', 'SE', FALSE, FALSE, 'Kund sedan 2015', NULL, 'Nils Sjögren', NULL, 'Drottninggatan 69', NULL, NULL, '753 20', 'Uppsala', 'Uppsala län', 'SE', 59.82358, 17.603056, 'Nils Sjögren', 'Drottninggatan 69', NULL, NULL, '753 20', 'Uppsala', 'Uppsala län', 'SE', 59.8586, 17.6389, 'Nils Sjögren', '087-860420', '071-669 17 51', NULL, 'nils.sjogren@example.se', NULL, '2025-03-31'),
(20, '10020', 'PERSON', 'CUSTOMER', 'Anna', 'Andersson', NULL, '250418-2391', NULL, 'MALE', 'Privat', 'SE', 'Västerbottens län', 'SE', FALSE, FALSE, 'Kund sedan 2016', NULL, 'Anna Andersson', NULL, 'Skolgatan 14', NULL, NULL, '903 26', 'Umeå', 'Västerbottens län', 'SE', 63.831973, 20.288999, 'Anna Andersson', 'Skolgatan 14', NULL, NULL, '903 26', 'Umeå', 'Västerbottens län', 'SE', 63.8258, 20.263, 'Anna Andersson', '016-564779', '075-727 74 87', NULL, 'anna.andersson@example.se', NULL, '2025-04-18'),
(21, '10021', 'COMPANY', 'CUSTOMER', NULL, NULL, 'Lapplands Resor AB', '559325-9737', 'SE559325973701', NULL, 'Företag', 'SE', 'Norrbottens län', 'SE', FALSE, TRUE, 'Kund sedan 2017', NULL, 'Lapplands Resor AB', NULL, 'Sveavägen 89', NULL, NULL, '972 31', 'Luleå', 'Norrbottens län', 'SE', 65.587121, 22.192298, 'Lapplands Resor AB', 'Sveavägen 89', NULL, NULL, '972 31', 'Luleå', 'Norrbottens län', 'SE', 65.5848, 22.1547, 'Sara Holm', '041-686692', '073-960 67 27', NULL, 'info@lapplands.se', NULL, NULL),
(22, '10022', 'PERSON', 'CUSTOMER', 'Ingrid', 'Olsson', NULL, '250824-2381', NULL, 'FEMALE', 'Företag', 'SE', 'Gotlands län', 'SE', TRUE, FALSE, 'Kund sedan 2018', NULL, 'Ingrid Olsson', NULL, 'Ringvägen 16', NULL, NULL, '621 55', 'Visby', 'Gotlands län', 'SE', 57.663194, 18.334503, 'Ingrid Olsson', 'Ringvägen 16', NULL, NULL, '621 55', 'Visby', 'Gotlands län', 'SE', 57.6348, 18.2948, 'Ingrid Olsson', '027-850906', '075-246 42 27', NULL, 'ingrid.olsson@example.se', NULL, '2025-08-24'),
(23, '10023', 'PERSON', 'PROSPECT', 'Erik', 'Gustafsson', NULL, '250901-2387', NULL, 'FEMALE', 'Återförsäljare', 'SE', 'Örebro län', 'SE', FALSE, TRUE, 'Kund sedan 2019', NULL, 'Erik Gustafsson', NULL, 'Skolgatan 29', NULL, NULL, '702 10', 'Örebro', 'Örebro län', 'SE', 59.267252, 15.208161, 'Erik Gustafsson', 'Skolgatan 29', NULL, NULL, '702 10', 'Örebro', 'Örebro län', 'SE', 59.2741, 15.2066, 'Erik Gustafsson', '051-541740', '073-465 50 21', NULL, 'erik.gustafsson@example.se', NULL, '2025-09-01'),
(24, '10024', 'COMPANY', 'CUSTOMER', NULL, NULL, 'Upplands Måleri AB', '558514-8216', 'SE558514821601', NULL, 'Återförsäljare', 'SE', 'Stockholms län', 'SE', TRUE, FALSE, 'Kund sedan 2020', NULL, 'Upplands Måleri AB', NULL, 'Götgatan 3', NULL, NULL, '111 22', 'Stockholm', 'Stockholms län', 'SE', 59.341693, 18.069826, 'Upplands Måleri AB', 'Götgatan 3', NULL, NULL, '111 22', 'Stockholm', 'Stockholms län', 'SE', 59.3293, 18.0686, 'Lena Sjögren', '016-218331', '073-997 23 20', NULL, 'info@upplands.se', NULL, NULL),
(25, '10025', 'PERSON', 'CUSTOMER', 'Oskar', 'Bergström', NULL, '251002-2383', NULL, 'MALE', 'Återförsäljare', 'SE', 'Västra Götalands län', 'SE', FALSE, TRUE, 'Kund sedan 2021', NULL, 'Oskar Bergström', NULL, 'Vasagatan 35', NULL, NULL, '411 03', 'Göteborg', 'Västra Götalands län', 'SE', 57.673837, 12.016517, 'Oskar Bergström', 'Vasagatan 35', NULL, NULL, '411 03', 'Göteborg', 'Västra Götalands län', 'SE', 57.7089, 11.9746, 'Oskar Bergström', '081-618638', '075-191 45 17', NULL, 'oskar.bergstrom@example.se', NULL, '2025-10-02'),
(26, '10026', 'PERSON', 'CUSTOMER', 'Maria', 'Öberg', NULL, '251223-2386', NULL, 'MALE', 'Privat', 'SE', 'Skåne län', 'SE', FALSE, TRUE, 'Kund sedan 2022', NULL, 'Maria Öberg', NULL, 'Drottninggatan 55', NULL, NULL, '211 20', 'Malmö', 'Skåne län', 'SE', 55.581445, 12.965968, 'Maria Öberg', 'Drottninggatan 55', NULL, NULL, '211 20', 'Malmö', 'Skåne län', 'SE', 55.605, 13.0038, 'Maria Öberg', '09-455626', '078-527 44 89', NULL, 'maria.oberg@example.se', NULL, '2025-12-23'),
(27, '10027', 'COMPANY', 'CUSTOMER', NULL, NULL, 'Dalarnas Smide AB', '552793-3645', 'SE552793364501', NULL, 'Företag', 'SE', 'Uppsala län', 'SE', TRUE, TRUE, 'Kund sedan 2023', NULL, 'Dalarnas Smide AB', NULL, 'Drottninggatan 6', NULL, NULL, '753 20', 'Uppsala', 'Uppsala län', 'SE', 59.839799, 17.619401, 'Dalarnas Smide AB', 'Drottninggatan 6', NULL, NULL, '753 20', 'Uppsala', 'Uppsala län', 'SE', 59.8586, 17.6389, 'Elin Persson', '034-404045', '077-612 96 32', NULL, 'info@dalarnas.se', NULL, NULL),
(28, '10028', 'PERSON', 'CUSTOMER', 'Elin', 'Eriksson', NULL, NULL, NULL, 'FEMALE', 'Återförsäljare', 'SE', 'Västerbottens län', 'SE', FALSE, FALSE, 'Kund sedan 2010', NULL, 'Elin Eriksson', NULL, 'Vasagatan 45', NULL, NULL, '903 26', 'Umeå', 'Västerbottens län', 'SE', 63.827223, 20.237568, 'Elin Eriksson', 'Vasagatan 45', NULL, NULL, '903 26', 'Umeå', 'Västerbottens län', 'SE', 63.8258, 20.263, 'Elin Eriksson', '065-211444', '076-772 73 79', NULL, 'elin.eriksson@example.se', NULL, '1951-05-02'),
(29, '10029', 'PERSON', 'PROSPECT', 'Lars', 'Persson', NULL, NULL, NULL, 'MALE', 'Privat', 'SE', 'Norrbottens län', 'SE', FALSE, FALSE, 'Kund sedan 2011', NULL, 'Lars Persson', NULL, 'Ringvägen 65', NULL, NULL, '972 31', 'Luleå', 'Norrbottens län', 'SE', 65.598398, 22.14517, 'Lars Persson', 'Ringvägen 65', NULL, NULL, '972 31', 'Luleå', 'Norrbottens län', 'SE', 65.5848, 22.1547, 'Lars Persson', '052-157030', '072-114 19 90', NULL, 'lars.persson@example.se', NULL, '1969-12-07'),
(30, '10030', 'COMPANY', 'CUSTOMER', NULL, NULL, 'Öresunds Konsult AB', '552384-7240', 'SE552384724001', NULL, 'Återförsäljare', 'SE', 'Gotlands län', 'SE', FALSE, TRUE, 'Kund sedan 2012', NULL, 'Öresunds Konsult AB', NULL, 'Vasagatan 56', NULL, NULL, '621 55', 'Visby', 'Gotlands län', 'SE', 57.609021, 18.274106, 'Öresunds Konsult AB', 'Vasagatan 56', NULL, NULL, '621 55', 'Visby', 'Gotlands län', 'SE', 57.6348, 18.2948, 'Johan Johansson', '066-294355', '072-375 67 10', NULL, 'info@oresunds.se', NULL, NULL),
(31, '10031', 'PERSON', 'CUSTOMER', 'Gustav', 'Lindqvist', NULL, NULL, NULL, 'FEMALE', 'Företag', 'SE', 'Örebro län', 'SE', TRUE, TRUE, 'Kund sedan 2013', NULL, 'Gustav Lindqvist', NULL, 'Vasagatan 47', NULL, NULL, '702 10', 'Örebro', 'Örebro län', 'SE', 59.257633, 15.164989, 'Gustav Lindqvist', 'Vasagatan 47', NULL, NULL, '702 10', 'Örebro', 'Örebro län', 'SE', 59.2741, 15.2066, 'Gustav Lindqvist', '043-627186', '073-354 74 10', NULL, 'gustav.lindqvist@example.se', NULL, '1971-09-11'),
(32, '10032', 'PERSON', 'CUSTOMER', 'Karin', 'Åberg', NULL, NULL, NULL, 'MALE', 'Privat', 'SE', 'Stockholms län', 'SE', TRUE, FALSE, 'Kund sedan 2014', NULL, 'Karin Åberg', NULL, 'Kungsgatan 34', NULL, NULL, '111 22', 'Stockholm', 'Stockholms län', 'SE', 59.287748, 18.114364, 'Karin Åberg', 'Kungsgatan 34', NULL, NULL, '111 22', 'Stockholm', 'Stockholms län', 'SE', 59.3293, 18.0686, 'Karin Åberg', '027-789484', '079-498 51 73', NULL, 'karin.aberg@example.se', NULL, '1955-03-13'),
(33, '10033', 'COMPANY', 'CUSTOMER', NULL, NULL, 'Vättern Marin AB', '551717-9404', 'SE551717940401', NULL, 'Återförsäljare', 'SE', 'Västra Götalands län', 'SE', TRUE, FALSE, 'Kund sedan 2015', NULL, 'Vättern Marin AB', NULL, 'Drottninggatan 37', NULL, NULL, '411 03', 'Göteborg', 'Västra Götalands län', 'SE', 57.709454, 12.015589, 'Vättern Marin AB', 'Drottninggatan 37', NULL, NULL, '411 03', 'Göteborg', 'Västra Götalands län', 'SE', 57.7089, 11.9746, 'Henrik Eriksson', '072-696093', '070-946 97 84', NULL, 'info@vattern.se', NULL, NULL),
(34, '10034', 'PERSON', 'CUSTOMER', 'Maja', 'Karlsson', NULL, NULL, NULL, 'FEMALE', 'Företag', 'SE', 'Skåne län', 'SE', FALSE, FALSE, 'Kund sedan 2016', NULL, 'Maja Karlsson', NULL, 'Sveavägen 11', NULL, NULL, '211 20', 'Malmö', 'Skåne län', 'SE', 55.617777, 13.016423, 'Maja Karlsson', 'Sveavägen 11', NULL, NULL, '211 20', 'Malmö', 'Skåne län', 'SE', 55.605, 13.0038, 'Maja Karlsson', '039-613062', '074-103 68 18', NULL, 'maja.karlsson@example.se', NULL, '1951-01-05'),
(35, '10035', 'PERSON', 'PROSPECT', 'Johan', 'Larsson', NULL, NULL, NULL, 'MALE', 'Privat', 'SE', 'Uppsala län', 'SE', FALSE, TRUE, 'Kund sedan 2017', NULL, 'Johan Larsson', NULL, 'Kungsgatan 85', NULL, NULL, '753 20', 'Uppsala', 'Uppsala län', 'SE', 59.884244, 17.611974, 'Johan Larsson', 'Kungsgatan 85', NULL, NULL, '753 20', 'Uppsala', 'Uppsala län', 'SE', 59.8586, 17.6389, 'Johan Larsson', '066-617942', '076-178 71 97', NULL, 'johan.larsson@example.se', NULL, '1983-02-24'),
(36, '10036', 'COMPANY', 'CUSTOMER', NULL, NULL, 'Gotlands Ull AB', '552269-3415', 'SE552269341501', NULL, 'Företag', 'SE', 'Västerbottens län', 'SE', TRUE, FALSE, 'Kund sedan 2018', NULL, 'Gotlands Ull AB', NULL, 'Vasagatan 6', NULL, NULL, '903 26', 'Umeå', 'Västerbottens län', 'SE', 63.806242, 20.269776, 'Gotlands Ull AB', 'Vasagatan 6', NULL, NULL, '903 26', 'Umeå', 'Västerbottens län', 'SE', 63.8258, 20.263, 'Henrik Olsson', '09-605854', '070-597 44 96', NULL, 'info@gotlands.se', NULL, NULL),
(37, '10037', 'PERSON', 'CUSTOMER', 'Henrik', 'Jonsson', NULL, NULL, NULL, 'MALE', 'Företag', 'SE', 'Norrbottens län', 'SE', TRUE, FALSE, 'Kund sedan 2019', NULL, 'Henrik Jonsson', NULL, 'Kungsgatan 89', NULL, NULL, '972 31', 'Luleå', 'Norrbottens län', 'SE', 65.63413, 22.159608, 'Henrik Jonsson', 'Kungsgatan 89', NULL, NULL, '972 31', 'Luleå', 'Norrbottens län', 'SE', 65.5848, 22.1547, 'Henrik Jonsson', '047-190024', '077-117 47 68', NULL, 'henrik.jonsson@example.se', NULL, '1963-11-16'),
(38, '10038', 'PERSON', 'CUSTOMER', 'Eva', 'Holm', NULL, NULL, NULL, 'FEMALE', 'Privat', 'SE', 'Gotlands län', 'SE', FALSE, TRUE, 'Kund sedan 2020', NULL, 'Eva Holm', NULL, 'Kungsgatan 65', NULL, NULL, '621 55', 'Visby', 'Gotlands län', 'SE', 57.637207, 18.340074, 'Eva Holm', 'Kungsgatan 65', NULL, NULL, '621 55', 'Visby', 'Gotlands län', 'SE', 57.6348, 18.2948, 'Eva Holm', '024-732674', '078-386 24 56', NULL, 'eva.holm@example.se', NULL, '1978-05-13'),
(39, '10039', 'COMPANY', 'CUSTOMER', NULL, NULL, 'Fjällbacka Bygg AB', '551406-3606', 'SE551406360601', NULL, 'Privat', 'SE', 'Örebro län', 'SE', FALSE, FALSE, 'Kund sedan 2021', NULL, 'Fjällbacka Bygg AB', NULL, 'Sveavägen 64', NULL, NULL, '702 10', 'Örebro', 'Örebro län', 'SE', 59.264642, 15.229318, 'Fjällbacka Bygg AB', 'Sveavägen 64', NULL, NULL, '702 10', 'Örebro', 'Örebro län', 'SE', 59.2741, 15.2066, 'Oskar Lindberg', '061-460668', '076-423 25 52', NULL, 'info@fjallbacka.se', NULL, NULL),
(40, '10040', 'PERSON', 'CUSTOMER', 'Anna', 'Andersson', NULL, NULL, NULL, 'FEMALE', 'Privat', 'SE', 'Stockholms län', 'SE', FALSE, FALSE, 'Kund sedan 2022', NULL, 'Anna Andersson', NULL, 'Storgatan 42', NULL, NULL, '111 22', 'Stockholm', 'Stockholms län', 'SE', 59.308283, 18.055822, 'Anna Andersson', 'Storgatan 42', NULL, NULL, '111 22', 'Stockholm', 'Stockholms län', 'SE', 59.3293, 18.0686, 'Anna Andersson', '058-509113', '079-178 56 64', NULL, 'anna.andersson@example.se', NULL, '1998-06-27');
ALTER SEQUENCE customer_number_seq RESTART WITH 10100;
INSERT INTO customer_branch (customer_id, name, line1, postal_code, city, country, phone, contact_person) VALUES
(3, 'Filial Göteborg', 'Hamngatan 4', '411 14', 'Göteborg', 'SE', '031-123456', 'Kajsa Lund'),
(6, 'Filial Malmö', 'Södergatan 9', '211 34', 'Malmö', 'SE', '040-654321', 'Pontus Ek');
INSERT INTO customer_property (customer_id, property_key, property_value) VALUES (1, 'nyhetsbrev', 'vår'), (2, 'kundtyp', 'stamkund');

--changeset glomska:customer-2 context:main splitStatements:false
--comment: The erasure log is append-only (GDPR art. 5(2)): the database refuses changes and deletions.
CREATE TRIGGER erasure_log_no_update BEFORE UPDATE ON erasure_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The erasure log is append-only: entries are never changed';

--changeset glomska:customer-3 context:main splitStatements:false
CREATE TRIGGER erasure_log_no_delete BEFORE DELETE ON erasure_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The erasure log is append-only: entries are never deleted';

--changeset glomska:customer-4 context:main
--comment: Search at scale (issue 8, docs/benchmarks.md). Each searched text column leads its own index and carries anonymized: every branch of a search (name, city, postal code prefix) is one index range that also answers the anonymized filter without reading the row, and show=INCLUDING_ANONYMIZED (no anonymized filter) uses the same index. Before, the names had (anonymized, name), which INCLUDING_ANONYMIZED could not use, and the cities had no anonymized.
ALTER TABLE customer
    DROP KEY customer_by_first_name, ADD KEY customer_by_first_name (first_name, anonymized),
    DROP KEY customer_by_last_name, ADD KEY customer_by_last_name (last_name, anonymized),
    DROP KEY customer_by_name, ADD KEY customer_by_name (name, anonymized),
    DROP KEY customer_by_city, ADD KEY customer_by_city (invoice_city, anonymized),
    DROP KEY customer_by_visit_city, ADD KEY customer_by_visit_city (visit_city, anonymized),
    ADD KEY customer_by_postal_code (invoice_postal_code, anonymized);

--changeset glomska:customer-restricted-access-1 context:main
--comment: Restriction of bookkeeping records (GDPR art. 18, ADR 0005): who read an anonymized customer's invoice, payment or receipt as issued, when, and which record; never a value.
CREATE TABLE restricted_access (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    actor       VARCHAR(100) NOT NULL,
    accessed_at TIMESTAMP(6) NOT NULL,
    record_type VARCHAR(50)  NOT NULL,
    record_id   BIGINT       NOT NULL,
    KEY restricted_access_by_time (accessed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset glomska:customer-restricted-access-2 context:main splitStatements:false
--comment: The access record is append-only, like the erasure log: the database refuses changes and deletions.
CREATE TRIGGER restricted_access_no_update BEFORE UPDATE ON restricted_access FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The access record is append-only: entries are never changed';

--changeset glomska:customer-restricted-access-3 context:main splitStatements:false
CREATE TRIGGER restricted_access_no_delete BEFORE DELETE ON restricted_access FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The access record is append-only: entries are never deleted';

--changeset glomska:customer-review-1 context:main
--comment: The manual check of kept fields (issue 13, erasure-rules.md section 9): the state of each field a person acted on and the marks stored at the erasure, and the log of every action. References only, never a value.
CREATE TABLE erasure_review (
    customer_id       BIGINT       NOT NULL,
    module            VARCHAR(50)  NOT NULL,
    record_type       VARCHAR(50)  NOT NULL,
    record_id         BIGINT       NOT NULL,
    field             VARCHAR(64)  NOT NULL,
    mentions_customer BOOLEAN      NOT NULL DEFAULT FALSE,
    state             VARCHAR(10)  NOT NULL,
    changed_at        TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (customer_id, module, record_type, record_id, field)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE erasure_review_action (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id  BIGINT       NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    performed_at TIMESTAMP(6) NOT NULL,
    module       VARCHAR(50)  NOT NULL,
    record_type  VARCHAR(50)  NOT NULL,
    record_id    BIGINT       NOT NULL,
    field        VARCHAR(64)  NOT NULL,
    action       VARCHAR(10)  NOT NULL,
    KEY erasure_review_action_by_time (performed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset glomska:customer-review-2 context:main splitStatements:false
--comment: The log of manual actions is append-only, as the erasure log.
CREATE TRIGGER erasure_review_action_no_update BEFORE UPDATE ON erasure_review_action FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The erasure log is append-only: entries are never changed';

--changeset glomska:customer-review-3 context:main splitStatements:false
CREATE TRIGGER erasure_review_action_no_delete BEFORE DELETE ON erasure_review_action FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The erasure log is append-only: entries are never deleted';

--changeset glomska:customer-cluster-1 context:main
--comment: Every new record of a customer and every erasure first write a random write_token to the customer row in their transaction, and check it before the commit: on a Galera cluster, where a lock taken on one node is not seen by another, the two then conflict at commit and only one of them commits (issue 16, ADR 0011).
ALTER TABLE customer ADD COLUMN write_token BIGINT NOT NULL DEFAULT 0;

--changeset glomska:customer-review-4 context:main
--comment: The index of marks (issue 13, docs/benchmarks.md "The manual check's marking"): which free-text fields of a customer's records mention the customer, as references, with per table the checksum of the free text they were found in and a fingerprint (SHA-256) of the identifiers searched for. A decision uses the marks while the checksum and the fingerprint still hold and searches again only the tables whose text or identifiers changed. Deleted at the erasure.
CREATE TABLE review_mark_scan (
    customer_id BIGINT      NOT NULL,
    table_name  VARCHAR(64) NOT NULL,
    identifiers CHAR(64)    NOT NULL,
    rows_read   BIGINT      NOT NULL,
    checksum    BIGINT      NOT NULL,
    mentions    BIGINT      NOT NULL,
    PRIMARY KEY (customer_id, table_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE review_mark (
    customer_id BIGINT      NOT NULL,
    table_name  VARCHAR(64) NOT NULL,
    record_id   BIGINT      NOT NULL,
    field       VARCHAR(64) NOT NULL,
    PRIMARY KEY (customer_id, table_name, record_id, field)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset glomska:customer-retention-1 context:main
--comment: Retention (issue 15): the time of the customer's latest record, written with every new record by CustomerDirectory.lockForNewRecord; NULL until the application's backfill has computed it from every module's declared record times (docs/architecture.md, "Retention"). Candidates are a range scan of the index.
ALTER TABLE customer ADD COLUMN last_activity_at TIMESTAMP(6) NULL,
    ADD KEY customer_by_last_activity (anonymized, last_activity_at);

CREATE TABLE retention_run (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dry_run     BOOLEAN      NOT NULL,
    status      VARCHAR(10)  NOT NULL,
    started_by  VARCHAR(100) NOT NULL,
    inactive_before TIMESTAMP(6) NOT NULL,
    total       INT          NOT NULL,
    done        INT          NOT NULL DEFAULT 0,
    erased      INT          NOT NULL DEFAULT 0,
    skipped     INT          NOT NULL DEFAULT 0,
    started_at  TIMESTAMP(6) NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL,
    finished_at TIMESTAMP(6) NULL,
    KEY retention_run_by_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE retention_run_customer (
    run_id      BIGINT       NOT NULL,
    batch       INT          NOT NULL,
    customer_id BIGINT       NOT NULL,
    outcome     VARCHAR(10)  NULL,
    reason      VARCHAR(500) NULL,
    PRIMARY KEY (run_id, customer_id),
    KEY retention_run_customer_by_batch (run_id, batch)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset glomska:customer-requests-1 context:main
--comment: Erasure requests (GDPR art. 12(3), 17; issue 14): the register with its deadlines. Holds the customer id and the request's case number elsewhere (reference), never personal data.
CREATE TABLE erasure_request (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id      BIGINT       NOT NULL,
    received_at      DATE         NOT NULL,
    channel          VARCHAR(10)  NOT NULL,
    reference        VARCHAR(100) NOT NULL,
    due_at           DATE         NOT NULL,
    extended_until   DATE         NULL,
    extension_reason VARCHAR(500) NULL,
    status           VARCHAR(10)  NOT NULL,
    action           VARCHAR(10)  NULL,
    approved_by      VARCHAR(100) NULL,
    approved_at      TIMESTAMP(6) NULL,
    blockers         TEXT         NULL,
    refusal_reason   VARCHAR(500) NULL,
    completed_at     TIMESTAMP(6) NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    KEY erasure_request_by_customer (customer_id, status),
    KEY erasure_request_by_due (status, due_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset glomska:customer-requests-2 context:main
--comment: The erasure log names the request an erasure answered, when it answered one (nullable: erasures by hand without a request).
ALTER TABLE erasure_log ADD COLUMN request_id BIGINT NULL;
