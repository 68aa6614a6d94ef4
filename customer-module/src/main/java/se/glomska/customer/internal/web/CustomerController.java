package se.glomska.customer.internal.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.glomska.customer.internal.application.CustomerRegister;
import se.glomska.customer.internal.domain.Customer;
import se.glomska.customer.internal.domain.CustomerDetails;
import se.glomska.customer.internal.domain.CustomerQuery;
import se.glomska.customer.CustomerSummary;
import se.glomska.customer.Page;
import se.glomska.customer.internal.domain.Show;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** The customer register over HTTP: the card, ordinary search and advanced search. */
@RestController
@RequestMapping("/api/customers")
class CustomerController {

    private final CustomerRegister register;

    CustomerController(CustomerRegister register) {
        this.register = register;
    }

    /** The customer card: the editable details plus what the server knows. */
    record Card(long id, String customerNumber, String displayName, boolean anonymized, Instant anonymizedAt,
                List<String> tabs, @JsonUnwrapped CustomerDetails details) {

        static Card of(Customer customer) {
            return new Card(customer.id(), customer.customerNumber(), customer.displayName(), customer.anonymized(),
                    customer.anonymizedAt(), customer.tabs(), customer.details());
        }
    }

    @PostMapping
    ResponseEntity<Card> register(@Valid @RequestBody CustomerDetails details) {
        Customer customer = register.register(details);
        return ResponseEntity.created(URI.create("/api/customers/" + customer.id())).body(Card.of(customer));
    }

    @GetMapping("/{id}")
    Card card(@PathVariable long id) {
        return Card.of(register.card(id));
    }

    @PutMapping("/{id}")
    Card edit(@PathVariable long id, @Valid @RequestBody CustomerDetails details) {
        return Card.of(register.edit(id, details));
    }

    @GetMapping
    Page<CustomerSummary> search(@RequestParam(required = false) @Size(max = 200) String q,
                                 @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
                                 @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return register.search(q, new Page.Request(page, size));
    }

    @GetMapping("/search")
    Page<CustomerSummary> advancedSearch(@RequestParam(required = false) @Size(max = 200) String name,
                                         @RequestParam(required = false) @Size(max = 20) String customerNumber,
                                         @RequestParam(required = false) @Size(max = 20) String organizationNumber,
                                         @RequestParam(required = false) @Size(max = 254) String email,
                                         @RequestParam(required = false) @Size(max = 40) String phone,
                                         @RequestParam(required = false) @Size(max = 100) String city,
                                         @RequestParam(required = false) @Size(max = 20) String postalCode,
                                         @RequestParam(required = false) @Size(max = 50) String customerGroup,
                                         @RequestParam(required = false) @Size(max = 2) String country,
                                         @RequestParam(required = false) @Min(1800) @Max(2200) Integer birthYearFrom,
                                         @RequestParam(required = false) @Min(1800) @Max(2200) Integer birthYearTo,
                                         @RequestParam(required = false) Show show,
                                         @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
                                         @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        CustomerQuery query = new CustomerQuery(name, customerNumber, organizationNumber, email, phone, city,
                postalCode, customerGroup, country, birthYearFrom, birthYearTo, show);
        return register.search(query, new Page.Request(page, size));
    }
}
