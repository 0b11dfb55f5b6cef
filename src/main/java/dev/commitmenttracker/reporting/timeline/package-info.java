/** The "area-timeline" projection: each Area's open, evidenced and closed commitments month by month, from dated changes of status. */
package dev.commitmenttracker.reporting.timeline;
