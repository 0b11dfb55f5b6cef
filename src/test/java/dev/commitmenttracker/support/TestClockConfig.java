package dev.commitmenttracker.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** Test wiring: a settable clock in place of the system clock, and a fresh PostgreSQL database per context. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfig {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    @Bean
    static DynamicPropertyRegistrar freshPostgres() {
        TestDatabase.Fresh database = TestDatabase.createFresh();
        return registry -> {
            registry.add("spring.datasource.url", database::url);
            registry.add("spring.datasource.username", database::user);
            registry.add("spring.datasource.password", database::password);
        };
    }
}
