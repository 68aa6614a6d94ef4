--liquibase formatted sql

--changeset glomska:crm-1 context:main
--comment: Activities and events of the sales team, optionally linked to a customer (customer_id NULL: no customer). Times are UTC.
CREATE TABLE crm_activity (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id    BIGINT        NULL,
    kind           VARCHAR(10)   NOT NULL,
    status         VARCHAR(10)   NOT NULL,
    subject        VARCHAR(200),
    notes          VARCHAR(4000),
    contact_person VARCHAR(200),
    contact_email  VARCHAR(254),
    contact_phone  VARCHAR(40),
    occurs_at      DATETIME(6)   NOT NULL,
    owner          VARCHAR(100),
    KEY crm_activity_by_customer (customer_id, occurs_at),
    KEY crm_activity_by_time (occurs_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset glomska:crm-demo-1 context:demo
--comment: Activities for demo customers 1..13 and a few without a customer.
INSERT INTO crm_activity (customer_id, kind, status, subject, notes, contact_person, contact_email, contact_phone, occurs_at, owner) VALUES
(1, 'CALL', 'DONE', 'Uppföljning av offert', 'Kunden vill ha ny offert med fri frakt. Återkommer i vecka 12.', 'Anders Nilsson', 'anders.nilsson@example.se', '073-192 80 64', '2025-03-04 09:30:00', 'karin.sales'),
(1, 'MEETING', 'DONE', 'Visning av nya sortimentet', 'Visade vårkollektionen i butiken i Göteborg. Intresserad av tre artiklar.', 'Anders Nilsson', 'anders.nilsson@example.se', '073-192 80 64', '2025-03-18 13:00:00', 'karin.sales'),
(1, 'TASK', 'PLANNED', 'Skicka prislista 2025', NULL, 'Anders Nilsson', 'anders.nilsson@example.se', NULL, '2025-04-01 08:00:00', 'karin.sales'),
(2, 'EMAIL', 'DONE', 'Tack för beställningen', 'Skickade orderbekräftelse och leveransbesked.', 'Ingrid Olsson', 'ingrid.olsson@example.se', NULL, '2025-02-11 10:15:00', 'johan.sales'),
(2, 'CALL', 'DONE', 'Reklamation av leverans', 'Två kartonger skadade vid leverans. Ersättning skickas utan kostnad.', 'Ingrid Olsson', NULL, '071-684 49 81', '2025-02-20 14:40:00', 'johan.sales'),
(3, 'MEETING', 'DONE', 'Ramavtal 2025', 'Genomgång av ramavtalet med inköpschefen. Önskar 60 dagars betalningsvillkor.', 'Maja Öberg', 'maja.oberg@fjallbacka.se', '076-548363', '2025-01-22 10:00:00', 'karin.sales'),
(3, 'CALL', 'DONE', 'Frågor om leveranstider', 'Behöver material till bygget i Uppsala senast v. 15.', 'Maja Öberg', 'maja.oberg@fjallbacka.se', '076-548363', '2025-03-05 08:45:00', 'karin.sales'),
(3, 'TASK', 'PLANNED', 'Ta fram volymrabatt', 'Räkna på rabatt vid helårsvolym.', NULL, NULL, NULL, '2025-04-07 09:00:00', 'karin.sales'),
(4, 'CALL', 'DONE', 'Intresse för återförsäljaravtal', 'Vill bli återförsäljare i Umeå. Skickar material.', 'Sara Lindberg', 'sara.lindberg@example.se', '071-624 63 31', '2025-01-15 11:20:00', 'johan.sales'),
(4, 'EMAIL', 'DONE', 'Återförsäljarvillkor', 'Skickade villkor och produktblad.', 'Sara Lindberg', 'sara.lindberg@example.se', NULL, '2025-01-16 09:05:00', 'johan.sales'),
(5, 'MEETING', 'CANCELLED', 'Besök i Luleå', 'Inställt på grund av snöoväder. Nytt datum bokas.', 'Oskar Bergström', 'oskar.bergstrom@example.se', '077-813 95 18', '2025-02-06 10:00:00', 'karin.sales'),
(5, 'MEETING', 'DONE', 'Besök i Luleå (nytt datum)', 'Bra möte, beställning väntas i mars.', 'Oskar Bergström', 'oskar.bergstrom@example.se', '077-813 95 18', '2025-02-27 10:00:00', 'karin.sales'),
(6, 'CALL', 'DONE', 'Prisförfrågan virke', 'Vill ha pris på 40 m³ konstruktionsvirke.', 'Per Öberg', 'per.oberg@norrlands.se', '071-605 17 37', '2025-03-10 13:30:00', 'johan.sales'),
(6, 'EVENT', 'DONE', 'Byggmässan Visby', 'Träffade kunden i vår monter.', 'Per Öberg', NULL, NULL, '2025-03-22 09:00:00', 'johan.sales'),
(7, 'EMAIL', 'DONE', 'Nyhetsbrev mars', NULL, 'Per Johansson', 'per.johansson@example.se', NULL, '2025-03-01 07:00:00', 'marknad'),
(7, 'CALL', 'PLANNED', 'Påminnelse om service', 'Ring om årlig service av maskinen.', 'Per Johansson', NULL, '074-823 63 55', '2025-04-14 10:00:00', 'johan.sales'),
(8, 'MEETING', 'DONE', 'Butiksbesök Stockholm', 'Gick igenom exponering och kampanjmaterial.', 'Elin Eriksson', 'elin.eriksson@example.se', '076-647 57 88', '2025-02-13 15:00:00', 'karin.sales'),
(8, 'TASK', 'DONE', 'Skicka kampanjmaterial', 'Affischer och hyllkantsetiketter skickade.', NULL, NULL, NULL, '2025-02-14 09:00:00', 'karin.sales'),
(9, 'CALL', 'DONE', 'Kylkedja vid leverans', 'Kunden vill ha temperaturlogg på alla leveranser.', 'Elin Ekström', 'elin.ekstrom@vastkustens.se', '070-295 18 36', '2025-01-28 08:10:00', 'johan.sales'),
(9, 'MEETING', 'PLANNED', 'Avtalsförnyelse', 'Förnyelse av leveransavtalet.', 'Elin Ekström', 'elin.ekstrom@vastkustens.se', '070-295 18 36', '2025-04-10 13:00:00', 'johan.sales'),
(10, 'EMAIL', 'DONE', 'Offert på trädgårdsmöbler', 'Skickade offert enligt önskemål.', 'Lena Pettersson', 'lena.pettersson@example.se', NULL, '2025-03-03 16:20:00', 'karin.sales'),
(10, 'CALL', 'DONE', 'Uppföljning offert', 'Tackade ja, order läggs via webben.', 'Lena Pettersson', NULL, NULL, '2025-03-07 10:30:00', 'karin.sales'),
(11, 'CALL', 'DONE', 'Ny kontaktperson', 'Gustav tar över inköpen efter kollegan.', 'Gustav Lindqvist', 'gustav.lindqvist@example.se', NULL, '2025-02-03 09:15:00', 'johan.sales'),
(11, 'TASK', 'PLANNED', 'Uppdatera kundkort', 'Lägg in ny fakturaadress.', NULL, NULL, NULL, '2025-04-02 08:00:00', 'johan.sales'),
(12, 'MEETING', 'DONE', 'Installation av laddboxar', 'Diskuterade samarbete kring laddboxar för bostadsrättsföreningar.', 'Jonas Ek', 'jonas@malardalensel.se', '021-44 55 66', '2025-01-30 14:00:00', 'karin.sales'),
(12, 'EMAIL', 'DONE', 'Produktblad laddboxar', 'Skickade produktblad och prisindikation.', 'Jonas Ek', 'jonas@malardalensel.se', NULL, '2025-01-31 08:30:00', 'karin.sales'),
(13, 'CALL', 'DONE', 'Leveransförsening', 'Informerade om två veckors försening från leverantör.', 'Mikael Ekström', 'mikael.ekstrom@example.se', NULL, '2025-03-12 11:00:00', 'johan.sales'),
(13, 'EVENT', 'PLANNED', 'Kundkväll Luleå', 'Inbjuden till kundkvällen i april.', 'Mikael Ekström', NULL, NULL, '2025-04-24 17:00:00', 'johan.sales'),
(NULL, 'EVENT', 'PLANNED', 'Nordbygg 2025', 'Mässa i Stockholm, monter C12. Bemanning: säljteamet.', NULL, NULL, NULL, '2025-04-01 08:00:00', 'karin.sales'),
(NULL, 'MEETING', 'DONE', 'Säljmöte Q1', 'Genomgång av pipeline och budget.', NULL, NULL, NULL, '2025-03-31 09:00:00', 'johan.sales'),
(NULL, 'TASK', 'PLANNED', 'Uppdatera prislistor', 'Nya priser från 1 maj.', NULL, NULL, NULL, '2025-04-15 08:00:00', 'karin.sales'),
(NULL, 'CALL', 'DONE', 'Kall kontakt, byggföretag i Västerås', 'Intresserade av katalog, ingen kund ännu.', 'Receptionen', NULL, '021-10 20 30', '2025-03-14 13:45:00', 'johan.sales');
