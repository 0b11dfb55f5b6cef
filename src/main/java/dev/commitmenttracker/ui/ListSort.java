package dev.commitmenttracker.ui;

import dev.commitmenttracker.reporting.progress.CommitmentListing;
import dev.commitmenttracker.reporting.progress.ProgressReports;
import dev.commitmenttracker.shared.RuleViolation;
import java.util.Comparator;
import java.util.function.Function;

/**
 * The commitment list's order as the API's {@code sort} parameter names it ({@code field} or {@code field,asc|desc},
 * a field of {@link ProgressReports#SORTABLE}; none is due date, earliest first): read once for the sort select, the
 * sortable column headers and the list as it stood on a date, which is sorted here as the list service sorts the
 * projection (empty values last, then by id).
 */
record ListSort(String field, boolean descending) {

    static final ListSort DEFAULT = new ListSort("dueDate", false);

    static ListSort parse(String sort) {
        if (sort == null || sort.isBlank()) {
            return DEFAULT;
        }
        String[] parts = sort.split(",");
        String field = parts[0].trim();
        String direction = parts.length > 1 ? parts[1].trim().toLowerCase() : "asc";
        if (!ProgressReports.SORTABLE.contains(field)
                || parts.length > 2
                || !(direction.equals("asc") || direction.equals("desc"))) {
            throw RuleViolation.invalid(
                    "validation.unreadable",
                    "sort",
                    "Sort by one of " + ProgressReports.SORTABLE + ", optionally followed by ',asc' or ',desc'; got '"
                            + sort + "'.");
        }
        return new ListSort(field, direction.equals("desc"));
    }

    /** The value of the {@code sort} parameter for this order. */
    public String param() {
        return field + (descending ? ",desc" : ",asc");
    }

    /** The order a column header's link asks for: this column ascending, or descending when it is already ascending. */
    public ListSort toggled(String column) {
        return new ListSort(column, column.equals(field) && !descending);
    }

    /** The {@code aria-sort} of a sortable column header. */
    public String ariaSort(String column) {
        return !column.equals(field) ? "none" : descending ? "descending" : "ascending";
    }

    /** The rows in this order, as the projection's query gives them: the field (empty values last either way), then id. */
    Comparator<CommitmentListing> comparator() {
        Comparator<CommitmentListing> byId = Comparator.comparing(CommitmentListing::id);
        if (field.equals("id")) {
            return descending ? byId.reversed() : byId;
        }
        Comparator<Comparable<Object>> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(value(field), Comparator.nullsLast(values)).thenComparing(byId);
    }

    /** Enums are stored by name, so the database orders them by name; so does this. */
    @SuppressWarnings("unchecked")
    private static Function<CommitmentListing, Comparable<Object>> value(String field) {
        Function<CommitmentListing, Object> value = switch (field) {
            case "dueDate" -> CommitmentListing::dueDate;
            case "committedOn" -> CommitmentListing::committedOn;
            case "status" -> c -> c.status().name();
            case "theme" -> c -> c.theme().name();
            case "ownerRole" ->
                c -> c.ownerRole() == null ? null : c.ownerRole().name();
            case "area" -> c -> c.area().name();
            default -> throw new IllegalArgumentException(field);
        };
        return c -> (Comparable<Object>) value.apply(c);
    }

    /** How the sort select names an order. */
    public String label() {
        String name = switch (field) {
            case "dueDate" -> "Due date";
            case "committedOn" -> "Date committed";
            case "status" -> "Status";
            case "theme" -> "Theme";
            case "ownerRole" -> "Owner role";
            case "area" -> "Lead Area";
            default -> "Reference";
        };
        boolean date = field.equals("dueDate") || field.equals("committedOn");
        return name
                + (date
                        ? (descending ? " (latest first)" : " (earliest first)")
                        : (descending ? " (descending)" : " (ascending)"));
    }
}
