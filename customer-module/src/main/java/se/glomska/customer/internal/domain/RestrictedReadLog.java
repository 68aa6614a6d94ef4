package se.glomska.customer.internal.domain;

import java.util.List;

/** The append-only record of reads of restricted bookkeeping records. */
public interface RestrictedReadLog {

    void append(RestrictedRead read);

    /** The latest reads first. */
    List<RestrictedRead> newestFirst(int limit);
}
