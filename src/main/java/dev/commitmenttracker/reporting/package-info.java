/**
 * The read side: projections of commitment events into report rows, and the queries that read those rows. One
 * sub-package per projection ({@code progress}, {@code evidence}, {@code slippage}: its handler, its rows, its report
 * queries and their answer records), the plumbing they share in {@code processing}, and HTTP in {@code web}. Other
 * modules use only the public types: {@link dev.commitmenttracker.reporting.AreaScope}, the report services and their
 * records; rows, repositories and handlers stay package-private. docs/how-to-change.md walks through common changes.
 */
package dev.commitmenttracker.reporting;
