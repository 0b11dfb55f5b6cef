package dev.commitmenttracker.reporting;

import dev.commitmenttracker.shared.AreaCode;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

/** Which Areas each commitment counts under. */
interface CommitmentAreaRows extends JpaRepository<CommitmentAreaRow, String> {

    /** The commitments that count under an Area: its own and those it holds jointly. */
    @Query("select a.commitmentId from CommitmentAreaRow a where a.area = :area order by a.commitmentId")
    List<String> commitmentIdsIn(AreaCode area);

}
