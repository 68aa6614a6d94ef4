package se.glomska.accounting.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import se.glomska.accounting.internal.application.Reader;
import se.glomska.customer.RestrictedRecords;

/** The reader of a request: the signed-in user and whether the user has the role BOOKKEEPING. */
final class Readers {

    private Readers() {
    }

    static Reader of(HttpServletRequest request) {
        return new Reader(request.getRemoteUser(), request.isUserInRole(RestrictedRecords.BOOKKEEPING_ROLE));
    }
}
