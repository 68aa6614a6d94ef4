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

    private static NewActivity newActivity(ActivityStatus status, String owner) {
        return new NewActivity(1L, ActivityKind.CALL, status, "s", "n", "p", "e", "t", AT, owner);
    }
}
