package se.glomska.crm.internal.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * An activity or event to record, optionally for a customer ({@code customerId} may be null).
 * The sizes are the column lengths of {@code crm_activity}.
 */
public record NewActivity(
        @Positive Long customerId,
        @NotNull ActivityKind kind,
        ActivityStatus status,
        @Size(max = 200) String subject,
        @Size(max = 4000) String notes,
        @Size(max = 200) String contactPerson,
        @Size(max = 254) String contactEmail,
        @Size(max = 40) String contactPhone,
        @NotNull Instant occursAt,
        @Size(max = 100) String owner) {

    /** A new activity is planned unless told otherwise. */
    public NewActivity {
        status = status == null ? ActivityStatus.PLANNED : status;
    }

    public boolean forCustomer() {
        return customerId != null;
    }

    /** The owner is the salesperson; without one, the user who records the activity owns it. */
    public NewActivity ownedByDefault(String userName) {
        if (owner != null && !owner.isBlank()) {
            return this;
        }
        return new NewActivity(customerId, kind, status, subject, notes, contactPerson, contactEmail,
                contactPhone, occursAt, userName);
    }
}
