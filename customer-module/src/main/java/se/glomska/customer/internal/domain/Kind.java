package se.glomska.customer.internal.domain;

/** A customer is a person or a company. */
public enum Kind { PERSON, COMPANY }
