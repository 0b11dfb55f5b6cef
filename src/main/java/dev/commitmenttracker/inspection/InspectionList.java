package dev.commitmenttracker.inspection;

import dev.commitmenttracker.config.ProcessorScaling;
import dev.commitmenttracker.config.ProjectionDeadLetters;
import dev.commitmenttracker.inspection.api.InspectionKind;
import dev.commitmenttracker.inspection.api.InspectionRecorded;
import dev.commitmenttracker.shared.AreaCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** The inspections projection: one row per inspection, to list an Area's inspections. Rebuildable from events. */
@Component
@ProcessingGroup(InspectionList.PROCESSING_GROUP)
public class InspectionList {

    public static final String PROCESSING_GROUP = "inspections";

    /**
     * A pooled streaming processor split into segments that the nodes share, as the reporting projections' (ADR 0017;
     * it was Axon's default tracking processor, whose token rows it reads as they are), with an inspection whose event
     * fails parked instead of stopping the list (ADR 0011). One row per inspection: no counters, so no lock.
     */
    @Configuration(proxyBeanMethods = false)
    static class Processor {

        @Bean
        ConfigurerModule inspectionsProcessor(ProcessorScaling scaling) {
            return configurer -> {
                configurer
                        .eventProcessing()
                        .registerPooledStreamingEventProcessor(
                                PROCESSING_GROUP,
                                org.axonframework.config.Configuration::eventStore,
                                (config, builder) -> scaling.tune(builder));
                ProjectionDeadLetters.register(configurer.eventProcessing(), PROCESSING_GROUP);
            };
        }
    }

    /**
     * One inspection in a list: {@code followsUp} the inspection it follows up (or null), {@code followedUpBy} the
     * follow-up inspections of it, earliest first.
     */
    public record Summary(
            String id,
            AreaCode area,
            InspectionKind kind,
            String title,
            LocalDate publishedOn,
            int issueCount,
            String followsUp,
            List<String> followedUpBy) {}

    @Entity
    @Table(name = "inspection_summary")
    static class Row {

        @Id
        String id;

        @Enumerated(EnumType.STRING)
        AreaCode area;

        @Enumerated(EnumType.STRING)
        InspectionKind kind;

        String title;

        @Column(name = "published_on")
        LocalDate publishedOn;

        @Column(name = "issue_count")
        int issueCount;

        @Column(name = "follows_up")
        String followsUp;

        Row() {}

        Row(InspectionRecorded e) {
            id = e.inspectionId();
            area = e.area();
            kind = e.kind();
            title = e.title();
            publishedOn = e.publishedOn();
            issueCount = e.issues() == null ? 0 : e.issues().size();
            followsUp = e.followsUp();
        }

        Summary toSummary(List<String> followedUpBy) {
            return new Summary(id, area, kind, title, publishedOn, issueCount, followsUp, followedUpBy);
        }
    }

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedOn"), Sort.Order.asc("id"));

    private final InspectionRows rows;

    InspectionList(InspectionRows rows) {
        this.rows = rows;
    }

    /** Saving by id makes a redelivered event change nothing twice. */
    @EventHandler
    void on(InspectionRecorded event) {
        rows.save(new Row(event));
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    public List<Summary> inArea(AreaCode area) {
        List<Row> found = area == null ? rows.findAll(NEWEST_FIRST) : rows.findByArea(area, NEWEST_FIRST);
        // a follow-up is of the same unit as the inspection it follows up, so the rows found hold both
        Map<String, List<String>> followUps = new HashMap<>();
        for (Row row : found.reversed()) {
            if (row.followsUp != null) {
                followUps
                        .computeIfAbsent(row.followsUp, id -> new ArrayList<>())
                        .add(row.id);
            }
        }
        return found.stream()
                .map(row -> row.toSummary(followUps.getOrDefault(row.id, List.of())))
                .toList();
    }

    /** The ids of the follow-up inspections of this inspection, earliest first. */
    public List<String> followUpsOf(String inspectionId) {
        return rows.findByFollowsUp(inspectionId, NEWEST_FIRST.reverse()).stream()
                .map(row -> row.id)
                .toList();
    }
}
