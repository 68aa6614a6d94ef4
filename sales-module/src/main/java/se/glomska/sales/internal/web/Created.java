package se.glomska.sales.internal.web;

import org.springframework.http.ResponseEntity;

import java.net.URI;

/** 201 Created with the new resource's location and its representation. */
final class Created {

    private Created() {
    }

    static <T> ResponseEntity<T> at(String path, long id, T body) {
        return ResponseEntity.created(URI.create(path + "/" + id)).body(body);
    }
}
