package se.glomska.sales.internal.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.glomska.sales.internal.application.CreateQuote;
import se.glomska.sales.internal.application.FindSalesRecords;
import se.glomska.sales.QuoteLine;
import se.glomska.sales.internal.domain.NewQuote;
import se.glomska.customer.Page;
import se.glomska.sales.internal.domain.Quote;

@RestController
@RequestMapping("/api/quotes")
class QuoteController {

    private final CreateQuote createQuote;
    private final FindSalesRecords find;

    QuoteController(CreateQuote createQuote, FindSalesRecords find) {
        this.createQuote = createQuote;
        this.find = find;
    }

    @PostMapping
    ResponseEntity<SalesAnswer<Quote>> create(@Valid @RequestBody NewQuote quote) {
        long id = createQuote.create(quote);
        return Created.at("/api/quotes", id, SalesAnswer.of(find.quote(id)));
    }

    @GetMapping("/{id}")
    SalesAnswer<Quote> get(@PathVariable long id) {
        return SalesAnswer.of(find.quote(id));
    }

    /** Newest first, of one customer or of all. */
    @GetMapping
    Page<QuoteLine> list(@RequestParam(required = false) Long customerId,
                            @RequestParam(defaultValue = "0") @Min(0) int page,
                            @RequestParam(defaultValue = "" + Page.Request.DEFAULT_SIZE) @Min(1) @Max(200) int size) {
        return find.quotes(customerId, new Page.Request(page, size));
    }
}
