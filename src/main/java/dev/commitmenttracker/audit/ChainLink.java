package dev.commitmenttracker.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The hash of one stored event and the hash it chains to: written in the same transaction as the event. */
@Entity
@Table(name = "event_chain")
class ChainLink {

    @Id
    @Column(name = "event_identifier")
    private String eventIdentifier;

    @Column(name = "aggregate_identifier")
    private String aggregateIdentifier;

    @Column(name = "sequence_number")
    private long sequenceNumber;

    @Column(name = "previous_hash")
    private String previousHash;

    private String hash;

    protected ChainLink() {}

    ChainLink(StoredEvent event, String previousHash, String hash) {
        this.eventIdentifier = event.eventIdentifier();
        this.aggregateIdentifier = event.aggregateIdentifier();
        this.sequenceNumber = event.sequenceNumber();
        this.previousHash = previousHash;
        this.hash = hash;
    }

    String hash() {
        return hash;
    }
}
