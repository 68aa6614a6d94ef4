package se.glomska.customer.internal.domain;

/** The "show" choice of the advanced search. Only the last one finds anonymized customers and prospects. */
public enum Show {
    CUSTOMERS, PROSPECTS, ALL, INCLUDING_ANONYMIZED
}
