package se.glomska.customer.internal.domain;

/** A customer buys; a prospect may. */
public enum Relation { CUSTOMER, PROSPECT }
