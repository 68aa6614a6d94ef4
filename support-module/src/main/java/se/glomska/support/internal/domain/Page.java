package se.glomska.support.internal.domain;

import java.util.List;
import java.util.function.Function;

/** One page of a list, the latest first: its items, the page asked for and the total number of matches. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** Which page to show: {@code page} from 0, {@code size} from 1 to {@value #MAX_SIZE}. */
    public record Request(int page, int size) {

        public static final int DEFAULT_SIZE = 50;
        public static final int MAX_SIZE = 200;

        public Request {
            if (page < 0 || size < 1 || size > MAX_SIZE) {
                throw new IllegalArgumentException("page must be 0 or more and size between 1 and " + MAX_SIZE);
            }
        }

        public long offset() {
            return (long) page * size;
        }
    }
}
