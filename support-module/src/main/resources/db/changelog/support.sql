--liquibase formatted sql

--changeset glomska:support-1 context:main
--comment: Support cases, their posted replies (carrying the case's customer_id, so erasure is one UPDATE per table) and the mail history. Times are UTC.
CREATE TABLE support_case (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id      BIGINT        NOT NULL,
    name             VARCHAR(200),
    email            VARCHAR(254),
    phone            VARCHAR(40),
    subject          VARCHAR(200),
    text             VARCHAR(4000),
    internal_comment VARCHAR(4000),
    created_at       DATETIME(6)   NOT NULL,
    KEY support_case_by_customer (customer_id, created_at),
    KEY support_case_by_time (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE support_case_reply (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT        NOT NULL,
    customer_id BIGINT        NOT NULL,
    text        VARCHAR(4000),
    posted_at   DATETIME(6)   NOT NULL,
    CONSTRAINT support_case_reply_case FOREIGN KEY (case_id) REFERENCES support_case (id),
    KEY support_case_reply_by_customer (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE support_mail (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id      BIGINT        NOT NULL,
    document_type    VARCHAR(10)   NOT NULL,
    document_id      BIGINT        NOT NULL,
    name             VARCHAR(200),
    email            VARCHAR(254),
    phone            VARCHAR(40),
    subject          VARCHAR(200),
    text             VARCHAR(4000),
    replies          VARCHAR(4000),
    internal_comment VARCHAR(4000),
    sent_at          DATETIME(6)   NOT NULL,
    KEY support_mail_by_customer (customer_id, sent_at),
    KEY support_mail_by_time (sent_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset glomska:support-demo-1 context:demo
--comment: A support case with a reply and a mail history entry for each of demo customers 1..10.
INSERT INTO support_case (id, customer_id, name, email, phone, subject, text, internal_comment, created_at) VALUES
(1, 1, 'Anders Nilsson', 'anders.nilsson@example.se', '073-192 80 64', 'Fel färg på levererad vara', 'Hej! Jag beställde den gröna varianten men fick den blå. Kan ni byta? Mvh Anders', 'Kontrollera plocklistan för ordern.', '2025-02-03 08:12:00'),
(2, 2, 'Ingrid Olsson', 'ingrid.olsson@example.se', '071-684 49 81', 'Skadad leverans', 'Två av kartongerna var trasiga när de kom fram. Bifogar bilder.', 'Reklamera hos speditören.', '2025-02-20 13:05:00'),
(3, 3, 'Maja Öberg', 'maja.oberg@fjallbacka.se', '076-548363', 'Faktura saknar referens', 'Vår ekonomiavdelning behöver projektnummer 2025-114 på fakturan.', NULL, '2025-03-06 09:40:00'),
(4, 4, 'Sara Lindberg', 'sara.lindberg@example.se', '071-624 63 31', 'Fråga om återförsäljarpris', 'Gäller återförsäljarpriset även för kampanjvaror?', 'Svara efter avstämning med Karin.', '2025-01-20 10:00:00'),
(5, 5, 'Oskar Bergström', 'oskar.bergstrom@example.se', '077-813 95 18', 'Leveransadress ändrad', 'Vi har flyttat lagret till Storheden. Uppdatera gärna adressen.', NULL, '2025-03-01 07:55:00'),
(6, 6, 'Per Öberg', 'per.oberg@norrlands.se', '071-605 17 37', 'Certifikat för virket', 'Kan ni skicka FSC-certifikat för senaste leveransen?', NULL, '2025-03-12 14:30:00'),
(7, 7, 'Per Johansson', 'per.johansson@example.se', '074-823 63 55', 'Inloggning till webbshopen', 'Jag kommer inte in på mitt konto sedan i fredags.', 'Återställt lösenordet, kunden informerad per telefon.', '2025-02-17 08:20:00'),
(8, 8, 'Elin Eriksson', 'elin.eriksson@example.se', '076-647 57 88', 'Kampanjmaterial saknas', 'Hyllkantsetiketterna kom inte med i leveransen.', NULL, '2025-02-18 11:11:00'),
(9, 9, 'Elin Ekström', 'elin.ekstrom@vastkustens.se', '070-295 18 36', 'Temperaturlogg', 'Vi behöver temperaturloggen för leveransen den 28 januari.', 'Hämta loggen från transportören.', '2025-01-29 07:30:00'),
(10, 10, 'Lena Pettersson', 'lena.pettersson@example.se', NULL, 'Monteringsanvisning', 'Finns det en svensk monteringsanvisning till soffgruppen?', NULL, '2025-03-15 18:45:00');
INSERT INTO support_case_reply (case_id, customer_id, text, posted_at) VALUES
(1, 1, 'Hej Anders! Vi skickar rätt färg i dag och en returfraktsedel för den blå. Mvh Kundtjänst', '2025-02-03 10:30:00'),
(2, 2, 'Hej Ingrid! Ersättningsvaror är skickade utan kostnad. Tack för bilderna.', '2025-02-21 09:00:00'),
(3, 3, 'Hej Maja! Vi har krediterat och skickat en ny faktura med projektnumret.', '2025-03-06 15:20:00'),
(4, 4, 'Hej Sara! Ja, återförsäljarpriset gäller även kampanjvaror t.o.m. 31 mars.', '2025-01-21 08:45:00'),
(5, 5, 'Hej Oskar! Leveransadressen är uppdaterad från och med nästa order.', '2025-03-03 08:10:00'),
(6, 6, 'Hej Per! Certifikatet är bifogat. Välkommen åter!', '2025-03-13 09:00:00'),
(7, 7, 'Hej Per! Vi har återställt ditt lösenord, se separat mejl.', '2025-02-17 09:05:00'),
(8, 8, 'Hej Elin! Etiketterna skickas med expressfrakt i dag.', '2025-02-18 13:30:00'),
(9, 9, 'Hej Elin! Loggen är bifogad, alla temperaturer inom gränsvärdena.', '2025-01-30 10:15:00'),
(10, 10, 'Hej Lena! Vi har bifogat anvisningen på svenska som PDF.', '2025-03-17 08:00:00');
INSERT INTO support_mail (customer_id, document_type, document_id, name, email, phone, subject, text, replies, internal_comment, sent_at) VALUES
(1, 'QUOTE', 1, 'Anders Nilsson', 'anders.nilsson@example.se', '073-192 80 64', 'Offert 1 från Glömska AB', 'Hej Anders! Här kommer offerten vi pratade om. Den gäller i 30 dagar.', 'Tack, jag återkommer. /Anders', NULL, '2025-03-04 10:00:00'),
(2, 'ORDER', 2, 'Ingrid Olsson', 'ingrid.olsson@example.se', NULL, 'Orderbekräftelse 2', 'Hej Ingrid! Tack för din beställning. Beräknad leverans vecka 8.', NULL, NULL, '2025-02-11 10:20:00'),
(3, 'INVOICE', 3, 'Maja Öberg', 'maja.oberg@fjallbacka.se', '076-548363', 'Faktura 3', 'Hej! Bifogat finner ni fakturan. Betalningsvillkor 30 dagar netto.', 'Projektnummer saknas, se supportärende.', 'Ny faktura skickad efter kreditering.', '2025-03-05 07:00:00'),
(4, 'DOCUMENT', 4, 'Sara Lindberg', 'sara.lindberg@example.se', NULL, 'Återförsäljarvillkor 2025', 'Hej Sara! Här är våra villkor och produktblad för återförsäljare.', NULL, NULL, '2025-01-16 09:10:00'),
(5, 'ORDER', 5, 'Oskar Bergström', 'oskar.bergstrom@example.se', '077-813 95 18', 'Orderbekräftelse 5', 'Hej Oskar! Din order är registrerad och plockas i dag.', NULL, NULL, '2025-03-03 12:00:00'),
(6, 'QUOTE', 6, 'Per Öberg', 'per.oberg@norrlands.se', NULL, 'Offert på konstruktionsvirke', 'Hej Per! Offert på 40 m³ konstruktionsvirke enligt önskemål.', 'Vi accepterar offerten. /Per', NULL, '2025-03-11 08:30:00'),
(7, 'INVOICE', 7, 'Per Johansson', 'per.johansson@example.se', NULL, 'Faktura 7', 'Hej Per! Här kommer fakturan för service av maskinen.', NULL, NULL, '2025-02-28 07:00:00'),
(8, 'DOCUMENT', 8, 'Elin Eriksson', 'elin.eriksson@example.se', '076-647 57 88', 'Kampanjplan våren 2025', 'Hej Elin! Bifogat finns kampanjplanen för våren.', 'Tack! Ser bra ut. /Elin', NULL, '2025-02-14 09:30:00'),
(9, 'ORDER', 9, 'Elin Ekström', 'elin.ekstrom@vastkustens.se', NULL, 'Orderbekräftelse 9', 'Hej! Er order levereras med kylbil den 28 januari.', NULL, 'Kunden kräver temperaturlogg.', '2025-01-24 15:45:00'),
(10, 'QUOTE', 10, 'Lena Pettersson', 'lena.pettersson@example.se', NULL, 'Offert på trädgårdsmöbler', 'Hej Lena! Här är offerten på soffgruppen med dynor.', 'Ja tack, jag beställer via webben. /Lena', NULL, '2025-03-03 16:25:00');
