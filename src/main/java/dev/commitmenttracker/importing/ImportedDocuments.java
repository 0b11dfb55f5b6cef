package dev.commitmenttracker.importing;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Imported documents and their drafts. */
interface ImportedDocuments extends JpaRepository<ImportedDocument, String> {

    /** The imports of these units (by code), or made by this user. */
    Page<ImportedDocument> findByAreaInOrCreatedBy(Collection<String> areas, String createdBy, Pageable page);
}
