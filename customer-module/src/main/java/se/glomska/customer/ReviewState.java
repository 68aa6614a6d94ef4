package se.glomska.customer;

/** Where a field to check stands (erasure-rules.md section 9). */
public enum ReviewState { OPEN, CLEARED, REDACTED, KEPT }
