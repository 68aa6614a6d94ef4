package se.glomska.customer.internal.application;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly retention run (glomska.retention.schedule, cron, Europe/Stockholm) when
 * {@code glomska.retention.enabled}: ShedLock's {@code @SchedulerLock} lets one instance fire it (held at
 * least 30 s, so an instance whose clock fires a little later does not start a second), and the run's own lock
 * ({@link RunRetention}) keeps any run from overlapping another. Every half minute each instance also resumes
 * a run that a stopped instance left unfinished.
 */
@Component
public class RetentionSchedule {

    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

    private final RunRetention runs;
    private final RetentionSettings settings;

    RetentionSchedule(RunRetention runs, RetentionSettings settings) {
        this.runs = runs;
        this.settings = settings;
    }

    @Scheduled(cron = "${glomska.retention.schedule:-}", zone = "Europe/Stockholm")
    @SchedulerLock(name = "retention-schedule", lockAtLeastFor = "PT30S", lockAtMostFor = "PT10M")
    public void scheduled() {
        if (!settings.enabled() || !settings.configured()) {
            return;
        }
        try {
            runs.start(settings.action() == RetentionSettings.Action.PROPOSE, "schedule");
        } catch (RetentionConflictException busy) {
            log.info("Scheduled retention run not started: a run is going on");
        }
    }

    @Scheduled(fixedDelayString = "${glomska.retention.resume-every:PT30S}",
            initialDelayString = "${glomska.retention.resume-every:PT30S}")
    public void resume() {
        runs.resumeUnfinished();
    }
}
