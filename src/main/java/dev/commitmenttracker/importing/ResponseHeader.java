package dev.commitmenttracker.importing;

import dev.commitmenttracker.inspection.api.InspectionKind;
import dev.commitmenttracker.shared.AreaCode;
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
 * @param area      the unit as a draft names it ({@link CpsAreas#draftName}), if one is named or implied
 * @param unitNote  a warning code when the unit was not read from a plain naming ({@link DraftWarning#NO_UNIT_NAMED},
 *                  {@link DraftWarning#AMBIGUOUS_UNIT}), else empty
 * @param published ISO date or year-month, if a date is given
 * @param kind      the kind of inspection, if named
 * @param ratings   domain to rating word, as written
 */
record ResponseHeader(
        String title,
        Optional<String> area,
        Optional<String> unitNote,
        Optional<String> published,
        Optional<InspectionKind> kind,
        Map<String, String> ratings,
        List<String> paragraphs) {

    /** The paragraphs of the header other than the title, in order. */
    List<String> paragraphsAfterTitle() {
        return paragraphs.stream().filter(p -> !p.equals(title)).toList();
    }

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
        Optional<InspectionKind> kind = kind(title, all);
        String[] unit = unit(title, all, kind);
        return new ResponseHeader(
                title,
                Optional.of(unit[0]),
                Optional.ofNullable(unit[1]),
                published(title, all),
                kind,
                ratings(header),
                paragraphs.stream().map(ResponseHeader::joined).toList());
    }

    private static final Pattern NATIONAL_SCOPE = Pattern.compile(
            "\\bthematic\\b|\\bnational(?:ly)?\\b|\\bacross\\s+(?:the\\s+)?(?:CPS|Crown\\s+Prosecution\\s+Service)\\b"
                    + "|\\bCPS[\\s-]wide\\b|\\bin\\s+all\\s+(?:CPS\\s+)?Areas\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The unit and, when it was not plainly named, the warning code: the unit the title names (an Area or another
     * unit, the first); else, for a thematic or national report, the national level; else the one Area the
     * introduction names (as "CPS X" first), the first of several with a warning, or another unit it names; else the
     * national level, with a warning.
     */
    private static String[] unit(String title, String all, Optional<InspectionKind> kind) {
        Optional<String> areaInTitle = CpsAreas.firstIn(title);
        Optional<CpsAreas.UnitMention> unitInTitle = CpsAreas.firstUnitIn(title);
        if (areaInTitle.isPresent() || unitInTitle.isPresent()) {
            if (unitInTitle.isPresent()
                    && (areaInTitle.isEmpty()
                            || unitInTitle.get().start()
                                    < title.indexOf(areaInTitle.get().split(" ")[0]))) {
                return new String[] {CpsAreas.draftName(unitInTitle.get().unit()), null};
            }
            return new String[] {areaInTitle.get(), null};
        }
        String national = CpsAreas.draftName(AreaCode.NATIONAL);
        if (kind.filter(k -> k == InspectionKind.THEMATIC).isPresent()
                || NATIONAL_SCOPE.matcher(title).find()) {
            return new String[] {national, DraftWarning.NO_UNIT_NAMED};
        }
        List<String> areas = CpsAreas.allIn(all);
        if (!areas.isEmpty()) {
            String area = CpsAreas.firstWithCpsPrefixIn(all).orElse(areas.get(0));
            if (areas.size() > 1 && NATIONAL_SCOPE.matcher(all).find()) {
                return new String[] {national, DraftWarning.AMBIGUOUS_UNIT};
            }
            return new String[] {area, areas.size() > 1 ? DraftWarning.AMBIGUOUS_UNIT : null};
        }
        Optional<CpsAreas.UnitMention> unit = CpsAreas.firstUnitIn(all);
        if (unit.isPresent()) {
            return new String[] {CpsAreas.draftName(unit.get().unit()), null};
        }
        return new String[] {national, DraftWarning.NO_UNIT_NAMED};
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
