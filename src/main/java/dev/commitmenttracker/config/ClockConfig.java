package dev.commitmenttracker.config;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the tracker: business dates are in the zone of England and Wales. Tests replace it. */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    Clock clock(@Value("${tracker.zone:Europe/London}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
