package se.glomska.sales.internal.web;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.glomska.sales.internal.application.ContractView;
import se.glomska.sales.internal.application.FindSalesRecords;
import se.glomska.sales.internal.application.SignContract;
import se.glomska.sales.internal.domain.NewContract;

@RestController
class ContractController {

    private final SignContract signContract;
    private final FindSalesRecords find;

    ContractController(SignContract signContract, FindSalesRecords find) {
        this.signContract = signContract;
        this.find = find;
    }

    @PostMapping("/api/contracts")
    ResponseEntity<SalesAnswer<ContractView>> sign(@Valid @RequestBody NewContract contract) {
        long id = signContract.sign(contract);
        return Created.at("/api/contracts", id, SalesAnswer.of(find.contract(id)));
    }

    @GetMapping("/api/contracts/{id}")
    SalesAnswer<ContractView> get(@PathVariable long id) {
        return SalesAnswer.of(find.contract(id));
    }
}
