package se.glomska.customer.internal.domain;

import java.util.List;

/** One page of a search: its items, the page asked for and the total number of matches. */
public record Page<T>(List<T> items, int page, int size, long total) {

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
