package dev.commitmenttracker.importing;

import dev.commitmenttracker.shared.UnitKind;
import java.time.Instant;

/**
 * One import as {@code GET /api/imports} lists it.
 *
 * @param id          the import's id
 * @param fileName    the uploaded file's name, or null for pasted text
 * @param unit        the unit's code ({@code NATIONAL}, {@code WESSEX}, ...), or null when the draft names none
 * @param unitKind    what sort of unit it is
 * @param title       the response's title as the draft gives it
 * @param kind        the kind of inspection answered, as its code
 * @param status      draft or committed
 * @param createdBy   who imported it
 * @param createdAt   when
 * @param committedBy who committed it, once committed
 * @param committedAt when, once committed
 */
public record ImportSummary(
        String id,
        String fileName,
        String unit,
        UnitKind unitKind,
        String title,
        String kind,
        ImportView.Status status,
        String createdBy,
        Instant createdAt,
        String committedBy,
        Instant committedAt) {}
