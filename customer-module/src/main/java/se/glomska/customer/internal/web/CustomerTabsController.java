package se.glomska.customer.internal.web;

import se.glomska.customer.CustomerId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.glomska.customer.internal.application.CustomerTabRecords;
import se.glomska.customer.internal.application.InvalidInputException;
import se.glomska.customer.internal.domain.Branch;
import se.glomska.customer.internal.domain.CreditReport;
import se.glomska.customer.internal.domain.CustomerDocument;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The records on a customer's tabs: branches, credit reports with PDFs, documents and properties. */
@RestController
@RequestMapping("/api/customers/{customerId}")
class CustomerTabsController {

    private final CustomerTabRecords records;

    CustomerTabsController(CustomerTabRecords records) {
        this.records = records;
    }

    record NewCreditReport(@NotBlank @Size(max = 100) String provider,
                           @Size(max = 20) String rating,
                           @NotNull @PastOrPresent LocalDate reportedAt,
                           @Size(max = 10000) String notes,
                           @Size(max = 255) String fileName,
                           @Size(max = 11_000_000) String pdfBase64) {
    }

    record NewDocument(@NotBlank @Size(max = 255) String fileName,
                       @Size(max = 1000) String description,
                       @NotNull @Size(max = 11_000_000) String contentBase64) {
    }

    /** A document as listed: its content is read on its own ({@code /documents/{id}/content}). */
    record DocumentView(long id, String fileName, String description, long size, Instant createdAt) {
        static DocumentView of(CustomerDocument d) {
            return new DocumentView(d.id(), d.fileName(), d.description(), d.size(), d.createdAt());
        }
    }

    record PropertyValue(@Size(max = 2000) String value) {
    }

    @PostMapping("/branches")
    ResponseEntity<Branch> addBranch(@PathVariable long customerId, @Valid @RequestBody Branch branch) {
        Branch added = records.addBranch(customerId, branch);
        return ResponseEntity.created(URI.create("/api/customers/" + customerId + "/branches/" + added.id()))
                .body(added);
    }

    @GetMapping("/branches")
    List<Branch> branches(@PathVariable long customerId) {
        return records.branches(customerId);
    }

    @PostMapping("/credit-reports")
    ResponseEntity<CreditReport> addCreditReport(@PathVariable long customerId,
                                                 @Valid @RequestBody NewCreditReport body) {
        byte[] pdf = body.pdfBase64() == null ? null : decode("pdfBase64", body.pdfBase64());
        CreditReport added = records.addCreditReport(customerId, new CreditReport(null, body.provider(),
                body.rating(), body.reportedAt(), body.notes(), body.fileName()), pdf);
        return ResponseEntity.created(URI.create("/api/customers/" + customerId + "/credit-reports/" + added.id()))
                .body(added);
    }

    @GetMapping("/credit-reports")
    List<CreditReport> creditReports(@PathVariable long customerId) {
        return records.creditReports(customerId);
    }

    @GetMapping("/credit-reports/{reportId}/pdf")
    ResponseEntity<byte[]> creditReportPdf(@PathVariable long customerId, @PathVariable long reportId) {
        CreditReport.Pdf pdf = records.creditReportPdf(CustomerId.of(customerId), reportId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(pdf.fileName() == null ? "credit-report-" + reportId + ".pdf" : pdf.fileName(),
                                java.nio.charset.StandardCharsets.UTF_8)
                        .build().toString())
                .body(pdf.content());
    }

    @PostMapping("/documents")
    ResponseEntity<DocumentView> addDocument(@PathVariable long customerId, @Valid @RequestBody NewDocument body) {
        CustomerDocument added = records.addDocument(customerId, body.fileName(), body.description(),
                decode("contentBase64", body.contentBase64()));
        return ResponseEntity.created(URI.create("/api/customers/" + customerId + "/documents/" + added.id()))
                .body(DocumentView.of(added));
    }

    @GetMapping("/documents")
    List<DocumentView> documents(@PathVariable long customerId) {
        return records.documents(customerId).stream().map(DocumentView::of).toList();
    }

    @GetMapping("/documents/{documentId}/content")
    ResponseEntity<byte[]> documentContent(@PathVariable long customerId, @PathVariable long documentId) {
        CustomerDocument.Content content = records.documentContent(CustomerId.of(customerId), documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(content.bytes());
    }

    @PutMapping("/properties/{key}")
    Map<String, String> putProperty(@PathVariable long customerId,
                                    @PathVariable @Size(max = 100) @Pattern(regexp = "[\\p{L}\\p{N}._-]+") String key,
                                    @Valid @RequestBody PropertyValue body) {
        return records.putProperty(customerId, key, body.value());
    }

    @GetMapping("/properties")
    Map<String, String> properties(@PathVariable long customerId) {
        return records.properties(customerId);
    }

    private static byte[] decode(String field, String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "is not valid Base64");
        }
    }
}
