package dev.commitmenttracker.importing;

import dev.commitmenttracker.inspection.api.InspectionKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a response says about itself before the issues: which Area, when, answering which kind of
 * inspection, and the domain ratings given.
 *
 * @param title     the title paragraph, white space collapsed ("" when none names a response)
 * @param area      the Area as the CPS spells it, if one is named
 * @param published ISO date or year-month, if a date is given
 * @param kind      the kind of inspection, if named
 * @param ratings   domain to rating word, as written
 */
record ResponseHeader(
        String title,
        Optional<String> area,
        Optional<String> published,
        Optional<InspectionKind> kind,
        Map<String, String> ratings) {

    private static final Pattern RESPONSE_WORD = Pattern.compile("\\bresponse\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RATING = Pattern.compile(
            "^\\s*+[*_]*+\\s*+(?<domain>[A-Z][A-Za-z'\\u2019 ]{2,60}?)\\s*+[*_]*+\\s*+(?:[\\u2013\\u2014:|-])\\s*+[*_]*+\\s*+"
                    + "(?<rating>Excellent|Outstanding|Good|Fair|Poor|Weak|Strong|Inadequate|Requires improvement)"
                    + "\\s*+[*_]*+\\s*+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Map<Pattern, InspectionKind> KINDS = kinds();

    private static Map<Pattern, InspectionKind> kinds() {
        Map<Pattern, InspectionKind> kinds = new LinkedHashMap<>();
        kinds.put(Pattern.compile("\\bfollow[\\s-]?up\\b", Pattern.CASE_INSENSITIVE), InspectionKind.FOLLOW_UP);
        kinds.put(Pattern.compile("\\bthematic\\b", Pattern.CASE_INSENSITIVE), InspectionKind.THEMATIC);
        kinds.put(
                Pattern.compile("\\barea\\s+assurance\\s+inspection\\b", Pattern.CASE_INSENSITIVE),
                InspectionKind.AREA_ASSURANCE_INSPECTION);
        kinds.put(
                Pattern.compile("\\barea\\s+inspection\\s+programme\\b|\\bAIP\\b", Pattern.CASE_INSENSITIVE),
                InspectionKind.AREA_INSPECTION_PROGRAMME_BASELINE);
        return kinds;
    }

    static ResponseHeader read(List<Line> header) {
        List<List<Line>> paragraphs = paragraphs(header);
        String title = paragraphs.stream()
                .map(ResponseHeader::joined)
                .filter(p -> RESPONSE_WORD.matcher(p).find())
                .findFirst()
                .orElse("");
        String all = paragraphs.stream().map(ResponseHeader::joined).collect(Collectors.joining("\n\n"));
        return new ResponseHeader(title, area(title, all), published(title, all), kind(title, all), ratings(header));
    }

    private static Optional<String> area(String title, String all) {
        return CpsAreas.firstIn(title)
                .or(() -> CpsAreas.firstWithCpsPrefixIn(all))
                .or(() -> CpsAreas.firstIn(all));
    }

    /** The title's date, else the first date; a month is made precise by a dated mention of that month. */
    private static Optional<String> published(String title, String all) {
        List<PublicationDate> dates = PublicationDate.allIn(all);
        Optional<PublicationDate> chosen = PublicationDate.allIn(title).stream()
                .findFirst()
                .or(() -> dates.stream().findFirst());
        return chosen.map(date -> date.hasDay()
                ? date.iso()
                : dates.stream()
                        .filter(d -> d.hasDay() && d.iso().startsWith(date.iso()))
                        .map(PublicationDate::iso)
                        .findFirst()
                        .orElse(date.iso()));
    }

    private static Optional<InspectionKind> kind(String title, String all) {
        for (String text : List.of(title, all)) {
            for (Map.Entry<Pattern, InspectionKind> kind : KINDS.entrySet()) {
                if (kind.getKey().matcher(text).find()) {
                    return Optional.of(kind.getValue());
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> ratings(List<Line> header) {
        Map<String, String> ratings = new LinkedHashMap<>();
        for (Line line : header) {
            Matcher m = RATING.matcher(line.text());
            if (m.matches()) {
                ratings.put(Wording.trim(m.group("domain")), m.group("rating"));
            }
        }
        return ratings;
    }

    private static List<List<Line>> paragraphs(List<Line> lines) {
        List<List<Line>> paragraphs = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        for (Line line : lines) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    paragraphs.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        return paragraphs;
    }

    private static String joined(List<Line> paragraph) {
        return paragraph.stream()
                .map(Line::text)
                .collect(Collectors.joining(" "))
                .replaceAll("\\s+", " ")
                .strip();
    }
}
