package se.glomska.customer.internal.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.glomska.customer.internal.application.ExportPersonalData;
import se.glomska.customer.internal.domain.PersonalDataExport;

import java.security.Principal;

/** The personal-data export (GDPR art. 15 and 20); needs the role DATA_PROTECTION. */
@RestController
class PersonalDataController {

    private final ExportPersonalData export;

    PersonalDataController(ExportPersonalData export) {
        this.export = export;
    }

    @GetMapping("/api/customers/{id}/personal-data")
    ResponseEntity<PersonalDataExport> export(@PathVariable long id, Principal user) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("personal-data-customer-" + id + ".json").build().toString())
                .body(export.export(id, user.getName()));
    }
}
