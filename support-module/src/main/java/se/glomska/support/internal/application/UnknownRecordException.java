package se.glomska.support.internal.application;

import se.glomska.customer.RecordNotFoundException;

/** The id names no record of the type (404); each type keeps its own problem type. */
public class UnknownRecordException extends RecordNotFoundException {

    /** The records an id may name here: how a message names them and their problem type. */
    public enum RecordType {
        SUPPORT_CASE("Support case", "unknown-support-case"),
        MAIL("Mail history entry", "unknown-mail");

        private final String name;
        private final String problemType;

        RecordType(String name, String problemType) {
            this.name = name;
            this.problemType = problemType;
        }
    }

    public UnknownRecordException(RecordType type, long id) {
        super(type.name, id, type.problemType);
    }
}
