package dev.commitmenttracker.importing;

import org.springframework.data.jpa.repository.JpaRepository;

/** Imported documents and their drafts. */
interface ImportedDocuments extends JpaRepository<ImportedDocument, String> {}
