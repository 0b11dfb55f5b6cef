package dev.commitmenttracker.security;

/** The roles of the tracker's users. */
public enum TrackerRole {
    /** Commands the commitments of the Areas they are scoped to, joint ones included. */
    AREA_MANAGER,
    /** Commands commitments of every Area and administers projections. */
    NATIONAL_LEAD,
    /** Reads everything, including history; changes nothing. */
    AUDITOR,
    /** Reads reports; changes nothing. */
    ANALYST,
    /** HMCPSI: reads everything and records follow-up judgements. */
    INSPECTOR;

    /** Every role's name, for rules that let any role in ({@code hasAnyRole}). */
    public static String[] names() {
        return java.util.Arrays.stream(values()).map(Enum::name).toArray(String[]::new);
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
