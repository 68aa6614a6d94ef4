package se.glomska.crm.internal.domain;

/** What kind of activity or event it is. */
public enum ActivityKind {
    CALL, MEETING, EMAIL, TASK, EVENT
}
