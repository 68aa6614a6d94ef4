package se.glomska.support.internal.domain;

/** What the system sent in the e-mail. */
public enum DocumentType {
    QUOTE, ORDER, INVOICE, DOCUMENT
}
