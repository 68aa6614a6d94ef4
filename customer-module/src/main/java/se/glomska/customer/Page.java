package se.glomska.customer;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, for every module's lists and pages: its items, the page asked for (from 0), its
 * size and the total number of matches. A search that stops counting at {@link #TOTAL_LIMIT} says
 * whether it did ({@code totalCapped}: "more than 1,000", refine the search); a list that counts
 * exactly leaves {@code totalCapped} null, and its answer does not name it.
 */
public record Page<T>(List<T> items, int page, int size, long total,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean totalCapped) {

    /** Matches are counted up to this number by the searches that cap their count. */
    public static final int TOTAL_LIMIT = 1000;

    /** The highest page number an address may ask for; a higher one shows this one. */
    public static final int MAX_PAGE = 100_000;

    public Page {
        items = List.copyOf(items);
    }

    /** A page of a list counted exactly. */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, null);
    }

    /** The same page with each item mapped. */
    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total, totalCapped);
    }

    /** A page number from an address: never negative, never absurdly far. */
    public static int number(int requested) {
        return Math.max(0, Math.min(requested, MAX_PAGE));
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
