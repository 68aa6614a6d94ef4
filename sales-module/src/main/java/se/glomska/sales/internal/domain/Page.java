package se.glomska.sales.internal.domain;

import java.util.List;
import java.util.function.Function;

/** One page of a list: its items, the page asked for and the total number of matches. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** Offset and limit of a page: {@code page} from 0, {@code size} from 1 to 200. */
    public record Request(int page, int size) {

        public static final int DEFAULT_SIZE = 50;

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
