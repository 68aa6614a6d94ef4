package se.glomska.accounting.internal.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.glomska.accounting.internal.application.IssueReceipt;
import se.glomska.accounting.internal.application.LookUpReceipts;
import se.glomska.accounting.internal.domain.Line;
import se.glomska.accounting.internal.domain.Receipt;
import se.glomska.accounting.internal.domain.ReceiptDraft;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/** Receipts, and the customer each was issued to (or {@code null} once the erasure removed the link). */
@RestController
@RequestMapping("/api/receipts")
class ReceiptController {

    private final IssueReceipt issueReceipt;
    private final LookUpReceipts lookUp;

    ReceiptController(IssueReceipt issueReceipt, LookUpReceipts lookUp) {
        this.issueReceipt = issueReceipt;
        this.lookUp = lookUp;
    }

    @PostMapping
    ResponseEntity<ReceiptJson> issue(@Valid @RequestBody ReceiptDraft draft, HttpServletRequest request) {
        Receipt receipt = issueReceipt.issue(draft);
        return ResponseEntity.created(URI.create("/api/receipts/" + receipt.id()))
                .body(ReceiptJson.of(lookUp.receipt(receipt.id(), Readers.of(request))));
    }

    @GetMapping("/{id}")
    ReceiptJson receipt(@PathVariable long id, HttpServletRequest request) {
        return ReceiptJson.of(lookUp.receipt(id, Readers.of(request)));
    }

    /** The customer the receipt was issued to; {@code id} is null once the customer is anonymized. */
    record CustomerJson(Long id, String name, String email) {
    }

    /** {@code restricted}: issued to a customer since anonymized (GDPR art. 18). */
    record ReceiptJson(long id, Instant paidAt, String paymentMethod, List<Line> lines, BigDecimal total,
                       Instant issuedAt, @JsonInclude(JsonInclude.Include.ALWAYS) CustomerJson customer,
                       boolean restricted) {

        static ReceiptJson of(LookUpReceipts.ReceiptWithCustomer found) {
            Receipt r = found.receipt();
            return new ReceiptJson(r.id(), r.paidAt(), r.paymentMethod(), r.lines(), r.total(), r.issuedAt(),
                    found.customer().map(c -> new CustomerJson(c.customerId(), c.name(), c.email())).orElse(null),
                    found.restricted());
        }
    }
}
