package se.glomska.accounting.internal.application;

import java.util.Objects;

/**
 * Who reads a bookkeeping record: the user's name, and whether the user has the role {@code BOOKKEEPING}
 * and so may read a restricted record (one of an anonymized customer) as issued.
 */
public record Reader(String name, boolean bookkeeping) {

    public Reader {
        Objects.requireNonNull(name, "name");
    }
}
