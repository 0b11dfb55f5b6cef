package dev.commitmenttracker.reporting.slippage;

import dev.commitmenttracker.shared.AreaCode;

/** Per Area: commitments whose due date was revised at least once, and those now due later than first committed to. */
public record AreaSlippage(AreaCode area, int revised, int slipped) {}
