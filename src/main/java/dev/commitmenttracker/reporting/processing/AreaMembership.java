package dev.commitmenttracker.reporting.processing;

import dev.commitmenttracker.shared.AreaCode;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * That a commitment counts under an Area: its own, or one it is held jointly with. Never changes once written. Each
 * projection keeps its own table of these, so that rebuilding one resets only what it owns.
 */
@MappedSuperclass
public abstract class AreaMembership {

    @Id
    protected String id;

    @Column(name = "commitment_id")
    protected String commitmentId;

    @Enumerated(EnumType.STRING)
    protected AreaCode area;

    protected boolean joint;

    protected AreaMembership() {}

    protected AreaMembership(String commitmentId, AreaCode area, boolean joint) {
        this.id = commitmentId + "/" + area.name();
        this.commitmentId = commitmentId;
        this.area = area;
        this.joint = joint;
    }
}
