--liquibase formatted sql

--changeset glomska:loyalty-1 context:main
--comment: The worked example of docs/adding-a-module.md: a loyalty programme with a membership per customer and point statements that are bookkeeping records.
CREATE TABLE loyalty_membership (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id   BIGINT        NOT NULL,
    member_number VARCHAR(20)   NOT NULL,
    card_name     VARCHAR(200),
    email         VARCHAR(254),
    notes         VARCHAR(2000),
    points        INT           NOT NULL DEFAULT 0,
    joined_at     DATE          NOT NULL,
    KEY loyalty_membership_by_customer (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

CREATE TABLE loyalty_statement (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id BIGINT        NOT NULL,
    period      CHAR(7)       NOT NULL,
    addressee   VARCHAR(200)  NOT NULL,
    points      INT           NOT NULL,
    value_sek   DECIMAL(19,2) NOT NULL,
    KEY loyalty_statement_by_customer (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;

--changeset glomska:loyalty-2 context:main splitStatements:false
--comment: Point statements are bookkeeping records (their value is a liability in the books): the database refuses to change or delete them.
CREATE TRIGGER loyalty_statement_no_update BEFORE UPDATE ON loyalty_statement FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'loyalty_statement is a bookkeeping record: never changed';

--changeset glomska:loyalty-3 context:main splitStatements:false
CREATE TRIGGER loyalty_statement_no_delete BEFORE DELETE ON loyalty_statement FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'loyalty_statement is a bookkeeping record: never deleted';
