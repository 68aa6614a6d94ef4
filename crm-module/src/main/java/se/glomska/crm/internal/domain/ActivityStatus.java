package se.glomska.crm.internal.domain;

/** Where an activity stands; kept after an erasure for the sales statistics. */
public enum ActivityStatus {
    PLANNED, DONE, CANCELLED
}
