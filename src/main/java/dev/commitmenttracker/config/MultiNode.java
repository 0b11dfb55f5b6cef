package dev.commitmenttracker.config;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * More than one node on one database (ADR 0017, docs/multi-node.md). Settings:
 * {@code tracker.node.id} (default: host, process id and a random part), the owner written on the token rows this node
 * claims; {@code tracker.processors.segments} (default 2); {@code tracker.processors.claim-timeout} (default 5 s), after
 * which a claim not extended may be taken by another node, and after which a node without a heartbeat is taken for dead;
 * {@code tracker.processors.token-claim-interval} (default 1 s), how often a node looks for segments to claim.
 */
@Configuration(proxyBeanMethods = false)
class MultiNode {

    @Bean
    NodeMembership nodeMembership(
            @Value("${tracker.node.id:}") String nodeId,
            JdbcTemplate jdbc,
            @Value("${tracker.processors.claim-timeout:5s}") Duration claimTimeout) {
        return new NodeMembership(NodeMembership.nodeId(nodeId), jdbc, claimTimeout);
    }

    /** Tells the membership which streaming processors run on this node, once Axon has built them. */
    @Bean
    ConfigurerModule runningProcessorsForTheHeartbeat(NodeMembership node) {
        return configurer -> configurer.onInitialize(config -> node.runningProcessors(() -> {
            Set<String> running = new TreeSet<>();
            config.eventProcessingConfiguration().eventProcessors().forEach((name, processor) -> {
                if (processor instanceof StreamingEventProcessor && processor.isRunning()) {
                    running.add(name);
                }
            });
            return running;
        }));
    }

    /** Axon's JPA token store, with this node's id as the owner of its claims and the configured claim timeout. */
    @Bean
    TokenStore tokenStore(
            EntityManagerProvider entityManagers,
            Serializer serializer,
            NodeMembership node,
            @Value("${tracker.processors.claim-timeout:5s}") Duration claimTimeout) {
        return JpaTokenStore.builder()
                .entityManagerProvider(entityManagers)
                .serializer(serializer)
                .claimTimeout(claimTimeout)
                .nodeId(node.id())
                .build();
    }

    @Bean
    ProcessorScaling processorScaling(
            @Value("${tracker.processors.segments:" + ProcessorScaling.DEFAULT_SEGMENTS + "}") int segments,
            @Value("${tracker.processors.token-claim-interval:1s}") Duration tokenClaimInterval,
            @Value("${tracker.processors.claim-timeout:5s}") Duration claimTimeout,
            NodeMembership node) {
        return new ProcessorScaling(segments, tokenClaimInterval, claimTimeout, node);
    }
}
