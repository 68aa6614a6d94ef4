package se.glomska.customer;

import java.util.List;

/** A page of the fields to check, and how many there are in all. */
public record ReviewPage(List<ReviewEntry> items, long total) {
}
