package dev.commitmenttracker.config;

import java.time.Clock;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Bean Validation's "not in the future" ({@code @PastOrPresent}) reads today from the tracker's one clock. */
@Configuration(proxyBeanMethods = false)
class ValidationClock {

    @Bean
    ValidationConfigurationCustomizer trackerClockForValidation(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
