package dev.commitmenttracker.reporting;

import dev.commitmenttracker.shared.Theme;
import org.springframework.data.jpa.repository.JpaRepository;

/** Counter rows per theme, across all Areas. */
interface ThemeTallies extends JpaRepository<ThemeTally, Theme> {
}
