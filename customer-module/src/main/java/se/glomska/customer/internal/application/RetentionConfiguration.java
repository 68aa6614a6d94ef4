package se.glomska.customer.internal.application;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code glomska.retention.*}. */
@Configuration
@EnableConfigurationProperties(RetentionSettings.class)
class RetentionConfiguration {
}
