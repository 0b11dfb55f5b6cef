package dev.commitmenttracker.reporting.asof;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.commitment.CommitmentService;
import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.commitment.api.VersionedCommitment;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import dev.commitmenttracker.support.RandomHistories;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one-pass read of an Area's events gives, for every commitment of the Area, exactly the state that reading the
 * commitment's own stream and folding it gives ({@link CommitmentService#find(String, Instant, LocalDate)}, the way the
 * as-of report was computed before): on random histories, as of random instants, valid at random dates, and both.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = {"tracker.test.context=random-histories", "tracker.demo-data.enabled=true"})
class AreaEventsAsOfIT {

    @LocalServerPort
    int port;

    @Autowired
    AreaEventsAsOf eventsAsOf;

    @Autowired
    CommitmentService ledger;

    @Autowired
    EventStorageEngine storage;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOnePassStatesEqualThePerCommitmentStatesOnRandomHistories() {
        RandomHistories histories = new RandomHistories(11);
        histories.append(150, storage, transactions);
        ProjectionsCaughtUp.await(new Api(port));

        List<Instant> instants = new ArrayList<>(histories.someRecordingTimes(12));
        instants.add(null);
        List<LocalDate> dates = new ArrayList<>(histories.someBusinessDates(12));
        dates.add(null);
        int compared = 0;
        for (AreaCode area : RandomHistories.AREAS) {
            for (Instant asOf : instants) {
                for (LocalDate validAt : dates) {
                    if (asOf == null && validAt == null) {
                        continue;
                    }
                    Map<String, CommitmentState> perCommitment = perCommitment(area, asOf, validAt);
                    assertThat(onePass(area, asOf, validAt))
                            .as("%s as of %s valid at %s", area, asOf, validAt)
                            .isEqualTo(perCommitment);
                    compared += perCommitment.size();
                }
            }
        }
        assertThat(compared).as("states compared").isGreaterThan(1000);
    }

    private Map<String, CommitmentState> onePass(AreaCode area, Instant asOf, LocalDate validAt) {
        Map<String, CommitmentState> states = new TreeMap<>();
        transactions.executeWithoutResult(tx -> eventsAsOf.forEach(area, asOf, validAt, state -> {
            assertThat(states.put(state.id(), state)).as("each commitment once").isNull();
        }));
        return states;
    }

    private Map<String, CommitmentState> perCommitment(AreaCode area, Instant asOf, LocalDate validAt) {
        Map<String, CommitmentState> states = new TreeMap<>();
        for (String id : jdbc.queryForList(
                "select commitment_id from report_commitment_area where area = ?", String.class, area.name())) {
            ledger.find(id, asOf, validAt).map(VersionedCommitment::state).ifPresent(state -> states.put(id, state));
        }
        return states;
    }
}
