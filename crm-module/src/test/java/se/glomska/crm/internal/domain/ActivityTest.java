package se.glomska.crm.internal.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityTest {

    private static final Instant AT = Instant.parse("2025-03-04T09:30:00Z");

    @Test
    void aNewActivityIsPlannedUnlessToldOtherwise() {
        assertThat(newActivity(null, null).status()).isEqualTo(ActivityStatus.PLANNED);
        assertThat(newActivity(ActivityStatus.DONE, null).status()).isEqualTo(ActivityStatus.DONE);
    }

    @Test
    void theRecordingUserOwnsAnActivityWithoutOwner() {
        assertThat(newActivity(null, null).ownedByDefault("karin").owner()).isEqualTo("karin");
        assertThat(newActivity(null, "  ").ownedByDefault("karin").owner()).isEqualTo("karin");
    }

    @Test
    void theGivenOwnerIsKept() {
        NewActivity activity = newActivity(null, "johan");
        assertThat(activity.ownedByDefault("karin")).isSameAs(activity);
    }

    @Test
    void theCustomerIdIsShownOnlyWhileTheCustomerIsNotAnonymized() {
        Activity activity = activity(17L);
        assertThat(activity.shownCustomerId(false)).contains(17L);
        assertThat(activity.shownCustomerId(true)).isEmpty();
    }

    @Test
    void anActivityWithoutCustomerShowsNoCustomerId() {
        assertThat(activity(null).shownCustomerId(false)).isEmpty();
    }

    private static NewActivity newActivity(ActivityStatus status, String owner) {
        return new NewActivity(1L, ActivityKind.CALL, status, "s", "n", "p", "e", "t", AT, owner);
    }

    private static Activity activity(Long customerId) {
        return new Activity(1, customerId, ActivityKind.MEETING, ActivityStatus.DONE, "s", "n", "p", "e", "t", AT, "o");
    }
}
