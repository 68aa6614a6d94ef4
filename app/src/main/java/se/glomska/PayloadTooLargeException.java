package se.glomska;

/** A request body over {@code glomska.max-request-bytes} (413). */
class PayloadTooLargeException extends RuntimeException {

    PayloadTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes.");
    }
}
