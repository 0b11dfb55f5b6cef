package dev.commitmenttracker.web;

import java.util.List;

/**
 * An answer whose CSV is a list of rows other than itself: the evidence report's CSV is its register, the slippage
 * report's one row per revision. {@code R} names the row record, so that even an empty CSV has its header.
 */
public interface CsvRows<R extends Record> {

    List<R> csvRows();
}
