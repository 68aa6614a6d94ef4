package se.glomska.web;

/** Page numbers from the address: never negative, never absurdly far. */
final class Paging {

    static final int MAX_PAGE = 100_000;

    private Paging() {
    }

    static int page(int requested) {
        return Math.max(0, Math.min(requested, MAX_PAGE));
    }
}
