package dev.commitmenttracker.importing;

/**
 * The earlier inspection a follow-up report returns to, as the response names it.
 *
 * @param title     the earlier report as named (e.g. "the 2021 inspection of disclosure in volume Crown Court cases")
 * @param published its publication date as written in the response ({@code YYYY-MM-DD} or {@code YYYY-MM}), or null
 */
public record FollowsUp(String title, String published) {}
