package se.glomska.accounting.internal.application;

import se.glomska.accounting.internal.domain.Payment;

/** A payment as read, with whether it is restricted (a payment of an anonymized customer's invoice). */
public record PaymentReading(Payment payment, boolean restricted) {
}
