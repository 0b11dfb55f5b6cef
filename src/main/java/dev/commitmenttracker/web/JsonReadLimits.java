package dev.commitmenttracker.web;

import dev.commitmenttracker.shared.Limits;
import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadConstraints;

/**
 * The HTTP JSON reader's limits, explicit and the same as the event store's reader ({@code config.AxonConfig}): a
 * request can hold nothing that could be stored but not read back.
 */
@Configuration(proxyBeanMethods = false)
class JsonReadLimits {

    @Bean
    JsonFactoryBuilderCustomizer jsonStreamReadConstraints() {
        return factory -> factory.streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(Limits.JSON_STRING_CHARS)
                .maxNestingDepth(Limits.JSON_NESTING)
                .build());
    }
}
