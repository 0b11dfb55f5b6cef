package dev.commitmenttracker.inspection;

import dev.commitmenttracker.shared.AreaCode;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;

/** Rows of the inspections projection. */
interface InspectionRows extends JpaRepository<InspectionList.Row, String> {

    List<InspectionList.Row> findByArea(AreaCode area, Sort sort);

    List<InspectionList.Row> findByFollowsUp(String followsUp, Sort sort);
}
