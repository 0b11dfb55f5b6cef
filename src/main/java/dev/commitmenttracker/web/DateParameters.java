package dev.commitmenttracker.web;

import dev.commitmenttracker.shared.Limits;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Dates and instants in query parameters ({@code from}, {@code to}, {@code validAt}, {@code asOf}) are read as ISO and
 * only within the tracker's date window ({@link Limits#EARLIEST_DATE} to {@link Limits#LATEST_DATE}), the same window
 * the commands keep to: a date no read model can hold (year -999,999,999, 5,874,898) is bad input, answered 400, and
 * never reaches the database.
 */
@Configuration(proxyBeanMethods = false)
class DateParameters implements WebMvcConfigurer {

    private static final Instant EARLIEST = Limits.EARLIEST_DATE.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant LATEST =
            Limits.LATEST_DATE.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

    /** A well-formed date or instant outside the window: out of range rather than unreadable. */
    static final class OutOfWindow extends IllegalArgumentException {
        OutOfWindow(String message) {
            super(message);
        }
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
            @Override
            public LocalDate parse(String text, Locale locale) {
                LocalDate date = LocalDate.parse(text.strip());
                if (date.isBefore(Limits.EARLIEST_DATE) || date.isAfter(Limits.LATEST_DATE)) {
                    throw new OutOfWindow(
                            "a date lies between " + Limits.EARLIEST_DATE + " and " + Limits.LATEST_DATE + ".");
                }
                return date;
            }

            @Override
            public String print(LocalDate date, Locale locale) {
                return date.toString();
            }
        });
        registry.addFormatterForFieldType(Instant.class, new Formatter<Instant>() {
            @Override
            public Instant parse(String text, Locale locale) {
                Instant instant = Instant.parse(text.strip());
                if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
                    throw new OutOfWindow("an instant lies between " + EARLIEST + " and " + LATEST + ".");
                }
                return instant;
            }

            @Override
            public String print(Instant instant, Locale locale) {
                return instant.toString();
            }
        });
    }
}
