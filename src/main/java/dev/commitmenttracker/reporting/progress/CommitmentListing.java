package dev.commitmenttracker.reporting.progress;

import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import dev.commitmenttracker.web.CsvRecords;
import java.time.LocalDate;
import java.util.List;

/** One commitment in the commitment list; {@code overdue} is as of today. */
public record CommitmentListing(
        String id,
        AreaCode area,
        List<AreaCode> jointWith,
        String inspectionId,
        Integer issueNumber,
        Theme theme,
        String text,
        CommitmentStatus status,
        OwnerRole ownerRole,
        String ownerName,
        LocalDate committedOn,
        LocalDate dueDate,
        LocalDate originalDueDate,
        int dueDateRevisions,
        boolean overdue) {

    /** The CSV columns of the list (its components), in the order of {@link #csvCells()}: the API's export and the pages' agree. */
    public static final List<String> CSV_COLUMNS = CsvRecords.header(CommitmentListing.class);

    /** This commitment as a CSV row; joint Areas space-separated, nulls as empty cells. */
    public List<Object> csvCells() {
        return CsvRecords.cells(this);
    }
}
