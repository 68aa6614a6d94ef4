package se.glomska;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;
import org.springframework.scheduling.annotation.EnableAsync;

import tools.jackson.core.StreamReadFeature;

import java.time.Clock;

/**
 * What every module shares at run time: the clock, asynchronous event listeners, strict JSON, and Spring's
 * retries of a transaction the database aborted for a write conflict ({@code @RetriedOnWriteConflict}).
 */
@Configuration
@EnableAsync
@EnableResilientMethods
class PlatformConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /**
     * A JSON object naming a field twice is refused (400) instead of the last value silently winning:
     * which of two values a client meant cannot be known.
     */
    @Bean
    JsonMapperBuilderCustomizer refuseDuplicateJsonKeys() {
        return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }
}
