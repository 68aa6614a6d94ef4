package se.glomska.customer.internal.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import se.glomska.customer.internal.domain.PersonalData;
import se.glomska.customer.spi.AnonymizationParticipant;

import java.util.List;

/**
 * The customers' last activity where it is not known yet (customers registered before the column existed,
 * or loaded by the demo data): computed once, at start-up, before any schedule runs, from the registration and
 * every module's declared record times ({@link AnonymizationParticipant#recordTimes()}), in one statement.
 * A customer without one is never a retention candidate. Idempotent, so instances starting together are
 * harmless. Why not in the Liquibase change itself: docs/architecture.md, "Retention".
 */
@Component
class LastActivityBackfill implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(LastActivityBackfill.class);

    private final PersonalData personalData;
    private final List<AnonymizationParticipant> participants;

    LastActivityBackfill(PersonalData personalData, List<AnonymizationParticipant> participants) {
        this.personalData = personalData;
        this.participants = participants;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long written = personalData.backfillLastActivity(participants.stream()
                .flatMap(p -> p.recordTimes().stream()).toList());
        if (written > 0) {
            log.info("Last activity computed for {} customers", written);
        }
    }
}
