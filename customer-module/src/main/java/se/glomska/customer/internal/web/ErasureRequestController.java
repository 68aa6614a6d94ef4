package se.glomska.customer.internal.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.glomska.customer.CustomerId;
import se.glomska.customer.ErasureRequestId;
import se.glomska.customer.Page;
import se.glomska.customer.ErasureRequestRegister;
import se.glomska.customer.ErasureRequestRow;
import se.glomska.customer.ErasureRequestRow.Action;
import se.glomska.customer.ErasureRequestRow.Channel;
import se.glomska.customer.ErasureRequestRow.Status;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;

/** The register of erasure requests over HTTP (role DATA_PROTECTION, enforced by the security configuration). */
@RestController
@RequestMapping("/api/erasure-requests")
class ErasureRequestController {

    private final ErasureRequestRegister register;

    ErasureRequestController(ErasureRequestRegister register) {
        this.register = register;
    }

    /** A request as received: {@code reference} is its case number elsewhere, not personal data. */
    record NewRequest(@NotNull Long customerId, @NotNull LocalDate receivedAt, @NotNull Channel channel,
                      @NotBlank @Size(max = 100) String reference) {
    }

    /** A later deadline (at most three months after receipt) and why. */
    record Extension(@NotNull LocalDate until, @NotBlank @Size(max = 500) String reason) {
    }

    /** Why the request is refused (art. 17(3)). */
    record Refusal(@NotBlank @Size(max = 500) String reason) {
    }

    /** The erasure approved; {@code whenUnblocked}: carry it out as soon as the last blocker clears. */
    record Approval(@NotNull Action action, Boolean acknowledged, Boolean whenUnblocked) {
    }

    @PostMapping
    ResponseEntity<ErasureRequestRow> register(@Valid @RequestBody NewRequest body) {
        ErasureRequestRow created = register.register(CustomerId.of(body.customerId()), body.receivedAt(),
                body.channel(), body.reference());
        return ResponseEntity.created(URI.create("/api/erasure-requests/" + created.id())).body(created);
    }

    /** The register, earliest deadline first. */
    @GetMapping
    Page<ErasureRequestRow> list(@RequestParam(required = false) Status status,
                                   @RequestParam(required = false) Boolean overdue,
                                   @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
                                   @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return register.list(status, overdue, page, size);
    }

    @GetMapping("/{id}")
    ErasureRequestRow find(@PathVariable long id) {
        return register.find(ErasureRequestId.of(id));
    }

    @PostMapping("/{id}/extension")
    ErasureRequestRow extend(@PathVariable long id, @Valid @RequestBody Extension body) {
        return register.extend(ErasureRequestId.of(id), body.until(), body.reason());
    }

    @PostMapping("/{id}/refusal")
    ErasureRequestRow refuse(@PathVariable long id, @Valid @RequestBody Refusal body) {
        return register.refuse(ErasureRequestId.of(id), body.reason());
    }

    @PostMapping("/{id}/approval")
    ErasureRequestRow approve(@PathVariable long id, @Valid @RequestBody Approval body, Principal principal) {
        return register.approve(ErasureRequestId.of(id), body.action(), Boolean.TRUE.equals(body.acknowledged()),
                Boolean.TRUE.equals(body.whenUnblocked()), principal.getName());
    }
}
