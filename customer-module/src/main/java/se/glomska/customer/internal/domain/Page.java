package se.glomska.customer.internal.domain;

import java.util.List;

/**
 * One page of a search: its items, the page asked for and the total number of matches. Counting
 * stops at {@link #TOTAL_LIMIT}: with more matches, {@code total} is that limit and
 * {@code totalCapped} is true ("more than 1,000": refine the search).
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalCapped) {

    /** Matches are counted up to this number. */
    public static final int TOTAL_LIMIT = 1000;

    /** A page with the exact total. */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, false);
    }

    /** Offset and limit of a page: {@code page} from 0, {@code size} from 1 to 200. */
    public record Request(int page, int size) {
        public Request {
            if (page < 0 || size < 1 || size > 200) {
                throw new IllegalArgumentException("page must be 0 or more and size between 1 and 200");
            }
        }

        public long offset() {
            return (long) page * size;
        }
    }
}
