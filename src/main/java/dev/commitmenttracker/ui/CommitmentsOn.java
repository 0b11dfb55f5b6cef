package dev.commitmenttracker.ui;

import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.reporting.progress.CommitmentFilter;
import dev.commitmenttracker.reporting.progress.CommitmentListing;
import dev.commitmenttracker.reporting.progress.CommitmentPage;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * The commitment list as it stood on a past business date, made from the commitments' states on that date (see
 * {@link AreaTimeline#on}) as the list service makes today's from the projection: the same filters, with
 * status, owner and overdue as they were then, the same order and the same pages. There is no stored list of the past,
 * so every page of it folds all of the Area's commitments again.
 */
final class CommitmentsOn {

    private CommitmentsOn() {}

    /** The commitments (as they stood on {@code date}) that match the filter, in the order asked for, one page of them. */
    static CommitmentPage page(
            List<CommitmentState> states, LocalDate date, CommitmentFilter filter, ListSort sort, int page, int size) {
        List<CommitmentListing> matching = all(states, date, filter, sort);
        int from = (int) Math.min((long) page * size, matching.size());
        return new CommitmentPage(
                matching.subList(from, Math.min(from + size, matching.size())), page, size, matching.size());
    }

    /** Every commitment that matches, in order: the whole list, for its CSV. */
    static List<CommitmentListing> all(
            List<CommitmentState> states, LocalDate date, CommitmentFilter filter, ListSort sort) {
        return states.stream()
                .map(state -> listing(state, date))
                .filter(matches(filter))
                .sorted(sort.comparator())
                .toList();
    }

    /** A commitment as the list shows it, overdue as of that date. */
    static CommitmentListing listing(CommitmentState state, LocalDate date) {
        boolean overdue = state.status().isOpen()
                && state.dueDate() != null
                && state.dueDate().isBefore(date);
        return new CommitmentListing(
                state.id(),
                state.area(),
                state.jointWith(),
                state.inspectionId(),
                state.issueNumber(),
                state.theme(),
                state.text(),
                state.status(),
                state.ownerRole(),
                state.ownerName(),
                state.committedOn(),
                state.dueDate(),
                state.originalDueDate(),
                state.dueDateRevisions().size(),
                overdue);
    }

    private static Predicate<CommitmentListing> matches(CommitmentFilter filter) {
        return c -> (filter.status() == null || c.status() == filter.status())
                && (filter.theme() == null || c.theme() == filter.theme())
                && (filter.ownerRole() == null || c.ownerRole() == filter.ownerRole())
                && (filter.inspectionId() == null || filter.inspectionId().equals(c.inspectionId()))
                && (filter.overdue() == null || filter.overdue() == c.overdue());
    }
}
