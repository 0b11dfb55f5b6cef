package dev.commitmenttracker.shared;

/** What sort of CPS unit an inspection or a commitment belongs to. */
public enum UnitKind {
    /** One of the fourteen geographic CPS Areas, headed by a Chief Crown Prosecutor. */
    AREA,
    /** The CPS as a whole: headquarters and its directorates, answering national and thematic inspections. */
    NATIONAL,
    /** CPS Direct, the out-of-hours charging service. */
    CPS_DIRECT,
    /** A central casework division, or CPS Proceeds of Crime. */
    CASEWORK_DIVISION
}
