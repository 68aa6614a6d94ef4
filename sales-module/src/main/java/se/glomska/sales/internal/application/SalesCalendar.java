package se.glomska.sales.internal.application;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Today's date in Sweden: contracts are ongoing up to and including their end date. */
@Component
public class SalesCalendar {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final Clock clock = Clock.system(SWEDEN);

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
