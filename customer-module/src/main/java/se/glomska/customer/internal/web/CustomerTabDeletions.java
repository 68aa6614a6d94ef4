package se.glomska.customer.internal.web;

import se.glomska.customer.CustomerId;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.glomska.customer.internal.application.ReviewKeptFields;

import java.security.Principal;

/**
 * Deleting documents and properties from the customer's tabs (what the article asks to clean by hand
 * before anonymizing): 204, 404 once the customer is anonymized (then through the manual check). Each
 * deletion is in the erasure log's manual-check part, without a value.
 */
@RestController
@RequestMapping("/api/customers/{customerId}")
class CustomerTabDeletions {

    private final ReviewKeptFields review;

    CustomerTabDeletions(ReviewKeptFields review) {
        this.review = review;
    }

    @DeleteMapping("/documents/{documentId}")
    ResponseEntity<Void> deleteDocument(@PathVariable long customerId, @PathVariable long documentId,
                                        Principal principal) {
        review.deleteDocument(CustomerId.of(customerId), documentId, principal.getName());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/properties/{key}")
    ResponseEntity<Void> deleteProperty(@PathVariable long customerId,
                                        @PathVariable @Size(max = 100) @Pattern(regexp = "[\\p{L}\\p{N}._-]+") String key,
                                        Principal principal) {
        review.deleteProperty(customerId, key, principal.getName());
        return ResponseEntity.noContent().build();
    }
}
