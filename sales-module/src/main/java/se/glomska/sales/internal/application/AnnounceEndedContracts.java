package se.glomska.sales.internal.application;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.glomska.customer.CustomerId;
import se.glomska.customer.spi.ErasureBlockersChanged;
import se.glomska.sales.internal.domain.Contract;
import se.glomska.sales.internal.domain.Contracts;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A contract ends by date, not by anything a user does, so once a day (just after midnight in Sweden, once across
 * every instance: ShedLock, ADR 0008) sales announces the contracts whose last day has passed, with
 * {@link ErasureBlockersChanged}: an ongoing contract blocks the customer's erasure. The days of the last week are
 * announced again, so a day the application was down is not lost; the listener re-checks every blocker, so an
 * announcement too many costs a check only.
 */
@Service
public class AnnounceEndedContracts {

    private static final Logger log = LoggerFactory.getLogger(AnnounceEndedContracts.class);

    private final Contracts contracts;
    private final SalesCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Period lookBack;
    private final TransactionTemplate transaction;

    AnnounceEndedContracts(Contracts contracts, SalesCalendar calendar, ApplicationEventPublisher events,
                           @Value("${glomska.contracts.ended-look-back:P7D}") Period lookBack,
                           PlatformTransactionManager transactions) {
        this.contracts = contracts;
        this.calendar = calendar;
        this.events = events;
        this.lookBack = lookBack;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${glomska.contracts.ended-check:0 5 0 * * *}", zone = "Europe/Stockholm")
    @SchedulerLock(name = "sales.endedContracts", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    public void daily() {
        // In a transaction of its own: a call of announce() from here does not pass the proxy of its @Transactional,
        // and an event published outside a transaction reaches no module listener (found on the cluster, issue 16).
        transaction.executeWithoutResult(status -> announce(calendar.today()));
    }

    /** Announces the contracts whose last day was in the week before {@code today}; answers how many. */
    @Transactional
    public int announce(LocalDate today) {
        List<Contract.Ended> ended = contracts.endedBetween(today.minus(lookBack), today.minusDays(1));
        ended.forEach(c -> events.publishEvent(new ErasureBlockersChanged(CustomerId.of(c.customerId()), "sales", "CONTRACT_ENDED",
                c.contractId())));
        log.info("{} contract(s) ended in the {} before {}", ended.size(), lookBack, today);
        return ended.size();
    }
}
