package dev.commitmenttracker.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.commitmenttracker.shared.Limits;
import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon on the JPA event store. Events, messages and tokens are JSON through Jackson 2 (Axon 4.13's serializer is
 * written against Jackson 2; XStream cannot read records). A failing event handler stops its processor, which
 * retries with back-off and shows the error in its status: an event is never skipped silently.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfig {

    /** Metadata key of the login that sent a command; copied onto every event the command causes. */
    public static final String ACTOR = "actor";

    @Bean
    @Primary
    Serializer serializer() {
        return jackson();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return jackson();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return jackson();
    }

    @Bean
    List<CorrelationDataProvider> correlationDataProviders() {
        return List.of(new MessageOriginProvider(), new SimpleCorrelationDataProvider(ACTOR));
    }

    /**
     * Outside the dead-letter queues that the projections register ({@link ProjectionDeadLetters}, ADR 0011), a failing
     * handler fails its batch; a failing batch (and a full dead-letter queue) stops the processor, which retries with
     * back-off: nothing is skipped (ADR 0004).
     */
    @Bean
    ConfigurerModule failuresAreVisible() {
        return configurer -> configurer
                .eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance())
                .registerDefaultErrorHandler(config -> context -> {
                    ProjectionDeadLetters.batchFailed(context);
                    PropagatingErrorHandler.instance().handleError(context);
                });
    }

    /**
     * Reads stored events with explicit limits ({@link Limits}) rather than Jackson's defaults: the same nesting as the
     * HTTP reader and strings far longer than the door admits, so whatever was ever stored can be read back.
     */
    public static JacksonSerializer jackson() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(Limits.STORED_JSON_STRING_CHARS)
                        .maxNestingDepth(Limits.JSON_NESTING)
                        .build())
                .build();
        ObjectMapper mapper = new ObjectMapper(factory)
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return JacksonSerializer.builder()
                .objectMapper(mapper)
                .lenientDeserialization()
                .build();
    }
}
