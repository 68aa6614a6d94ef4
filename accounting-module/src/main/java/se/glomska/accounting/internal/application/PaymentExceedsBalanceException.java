package se.glomska.accounting.internal.application;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.math.BigDecimal;
import java.net.URI;

/** A payment over the invoice's balance is refused (409); a paid invoice takes no payment. */
public class PaymentExceedsBalanceException extends ErrorResponseException {

    public PaymentExceedsBalanceException(long invoiceId, BigDecimal balance) {
        super(HttpStatus.CONFLICT, problem(invoiceId, balance), null);
    }

    private static ProblemDetail problem(long invoiceId, BigDecimal balance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The payment exceeds the balance " + balance.toPlainString() + " of invoice " + invoiceId + ".");
        problem.setTitle("Payment exceeds balance");
        problem.setType(URI.create("urn:glomska:problem:payment-exceeds-balance"));
        problem.setProperty("balance", balance);
        return problem;
    }
}
