package dev.commitmenttracker.importing;

import dev.commitmenttracker.importing.CommitmentClassifier.Setting;
import dev.commitmenttracker.inspection.api.FindingKind;
import dev.commitmenttracker.inspection.api.InspectionKind;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a published CPS response to an HMCPSI inspection (plain text, markdown or HTML) into a
 * {@link ResponseDraft}: the header, the numbered issues to address, and the commitment sentences
 * with their owners and assurance methods. Stateless and safe to share.
 */
public final class ResponseDocumentParser {

    private static final Pattern JOINT =
            Pattern.compile("\\bjoint\\s+(?:response\\s+|issues?\\s+)?with\\s+([^)\\n:]*)", Pattern.CASE_INSENSITIVE);
    private static final double MOSTLY_CONTROL = 0.02;

    private static final Pattern ABOUT_THE_CPS = Pattern.compile(
            "\\bCPS\\b|\\bcrown\\s+prosecution\\s+service\\b|\\bHMCPSI\\b|\\binspectorate\\b|\\bprosecut",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RESPONDING = Pattern.compile(
            "\\brespon(?:se|d)|\\brecommendation|\\binspection|\\binspectors?\\b|\\bissues?\\s+to\\s+address|\\baction\\s+plan",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RECOMMENDATIONS_HEADING =
            Pattern.compile("\\brecommendations?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMPROVEMENT_HEADING =
            Pattern.compile("\\b(?:aspects?|areas?)\\s+for\\s+improvement\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISSUES_HEADING =
            Pattern.compile("\\bissues?\\s+(?:for\\s+the\\s+area\\s+)?to\\s+address\\b", Pattern.CASE_INSENSITIVE);
    /** Characters a complete text may end with: closing punctuation, or a bracket or quote after it. */
    private static final String ENDINGS = ".!?:;)\"'\u201d\u2019]*_|";

    private static final int CUT_SHORT_WORDS = 6;
    /** A section heading ("Recommendations and our response") is a short line. */
    private static final int HEADING_CHARS = 100;

    private final DueDefaults dueDefaults;

    public ResponseDocumentParser() {
        this(DueDefaults.STANDARD);
    }

    public ResponseDocumentParser(DueDefaults dueDefaults) {
        this.dueDefaults = dueDefaults;
    }

    /**
     * Parses one response document. Any CPS response gives a draft: one that names no unit is national, one without
     * numbered findings keeps its header and general commitments; the draft's warnings say what to check.
     *
     * @param document the document's text (for HTML, its markup)
     * @param format   how the text is encoded
     * @return the draft
     * @throws ImportRejected when the document is empty, unreadable, or not a CPS response at all
     */
    public ResponseDraft parse(String document, DocumentFormat format) {
        String text = textOf(document, format);
        ResponseLayout layout = ResponseLayout.of(text);
        ResponseHeader header = ResponseHeader.read(layout.header());
        boolean labelled =
                layout.lines().stream().anyMatch(l -> ResponseLabel.parse(l).isPresent());
        if (!ABOUT_THE_CPS.matcher(text).find()
                || header.title().isEmpty()
                        && !labelled
                        && layout.issues().isEmpty()
                        && !RESPONDING.matcher(text).find()) {
            throw new ImportRejected(
                    ImportRejected.NOT_A_RESPONSE,
                    "it names neither the CPS nor an inspection it answers: no response title, \"CPS Response\" label"
                            + " or numbered recommendations or issues to address");
        }
        String area = header.area().orElseThrow();
        AreaCode unit = CpsAreas.codeFor(area).orElse(AreaCode.NATIONAL);
        OwnerRole voice = unit == AreaCode.NATIONAL ? OwnerRole.NATIONAL : OwnerRole.AREA;
        String published = header.published().orElse(null);
        String kind = header.kind().map(InspectionKind::code).orElse(null);

        List<CommitmentDraft> general = new ArrayList<>();
        List<IssueDraft> issues;
        if (layout.issues().isEmpty()) {
            // the whole text after the title is the response
            int titleEnd = titleEnd(layout.lines());
            general.addAll(commitments(
                    text, layout.lines().subList(titleEnd, layout.lines().size()), Setting.RESPONSE, voice, published));
            issues = List.of();
        } else {
            general.addAll(commitments(text, layout.introduction(), Setting.INTRODUCTION, voice, published));
            general.addAll(commitments(text, layout.preamble(), Setting.RESPONSE, voice, published));
            general.addAll(commitments(text, afterLastTableRow(layout), Setting.RESPONSE, voice, published));
            issues = issues(text, layout, area, header.kind().orElse(null), voice, published);
        }
        FollowsUp followsUp =
                header.kind().filter(k -> k == InspectionKind.FOLLOW_UP).isPresent()
                        ? Findings.followsUp(header.paragraphsAfterTitle()).orElse(null)
                        : null;
        return new ResponseDraft(
                area,
                unit.kind(),
                header.title().isEmpty() ? null : IssueFinder.headingText(header.title()),
                published,
                kind,
                header.ratings(),
                followsUp,
                dueDefaults.forDraft(kind, published),
                warnings(text, header, issues, general),
                general,
                issues);
    }

    private static List<DraftWarning> warnings(
            String text, ResponseHeader header, List<IssueDraft> issues, List<CommitmentDraft> general) {
        List<DraftWarning> warnings = new ArrayList<>();
        header.unitNote()
                .ifPresent(code -> warnings.add(DraftWarning.of(
                        code,
                        code.equals(DraftWarning.NO_UNIT_NAMED)
                                ? "No Area or CPS unit is named in the title: recorded as national. Check the unit."
                                : "Several Areas are named and the title names none of them: check the unit.")));
        if (header.published().isEmpty()) {
            warnings.add(DraftWarning.of(DraftWarning.NO_DATE, "No publication date found: give the date."));
        }
        if (header.kind().isEmpty()) {
            warnings.add(
                    DraftWarning.of(DraftWarning.NO_KIND, "The kind of inspection answered is not said: choose it."));
        }
        if (issues.isEmpty()) {
            warnings.add(DraftWarning.of(
                    DraftWarning.NO_FINDINGS,
                    "No numbered recommendations, issues to address or aspects for improvement found: only the"
                            + " header and general commitments were read. Add the findings if the report has them."));
        } else if (general.isEmpty()
                && issues.stream().allMatch(i -> i.commitments().isEmpty())) {
            warnings.add(DraftWarning.of(
                    DraftWarning.NO_COMMITMENTS, "Findings were found but no sentence reads as a commitment."));
        }
        if (header.kind().filter(k -> k == InspectionKind.FOLLOW_UP).isPresent()
                && !issues.isEmpty()
                && issues.stream().allMatch(i -> i.grade() == null)) {
            warnings.add(DraftWarning.of(
                    DraftWarning.NO_GRADES, "A follow-up, but no grade was read for any finding: add the grades."));
        }
        if (cutShort(text)) {
            warnings.add(DraftWarning.of(
                    DraftWarning.CUT_SHORT,
                    "The text stops mid-sentence: the document may be cut short. Check the last finding and"
                            + " commitments against the published response."));
        }
        return warnings;
    }

    /** The last line of text is a sentence of some length without closing punctuation. */
    private static boolean cutShort(String text) {
        String last = Line.split(text).stream()
                .map(Line::text)
                .map(Wording::trim)
                .filter(l -> !l.isEmpty())
                .reduce((a, b) -> b)
                .orElse("");
        if (last.isEmpty() || last.contains(" | ")) {
            return false;
        }
        // a sentence stopped mid-way ends on a lower-case word or a comma; a sign-off ("Name, Chief Crown Prosecutor,
        // CPS London North") or a date line ends on a capitalised name or a number
        char end = last.charAt(last.length() - 1);
        String[] words = last.split("\\s+");
        boolean midSentence =
                Character.isLowerCase(words[words.length - 1].charAt(0)) || end == ',' || end == '-' || end == '\u2013';
        return ENDINGS.indexOf(end) < 0 && midSentence && words.length >= CUT_SHORT_WORDS;
    }

    /** The index of the first line after the title paragraph (the first paragraph), or 0 when there is none. */
    private static int titleEnd(List<Line> lines) {
        int k = 0;
        while (k < lines.size() && lines.get(k).isBlank()) {
            k++;
        }
        int first = k;
        while (k < lines.size() && !lines.get(k).isBlank()) {
            k++;
        }
        long words = lines.subList(first, k).stream()
                .mapToLong(l -> l.text().strip().split("\\s+").length)
                .sum();
        return words <= 40 ? k : first;
    }

    /** The lines after the last finding of a table: they answer no one finding. */
    private static List<Line> afterLastTableRow(ResponseLayout layout) {
        List<IssueBlock> issues = layout.issues();
        IssueBlock last = issues.get(issues.size() - 1);
        boolean tabled = !last.body().isEmpty() && last.body().get(0).index() == last.firstLine();
        if (!tabled) {
            return List.of();
        }
        int from = last.firstLine() + 1;
        return layout
                .lines()
                .subList(Math.min(from, layout.lines().size()), layout.lines().size())
                .stream()
                .filter(l -> !l.text().contains("|"))
                .toList();
    }

    private static String textOf(String document, DocumentFormat format) {
        if (document == null || document.chars().allMatch(Wording::isSpace)) {
            throw new ImportRejected(ImportRejected.EMPTY, "the document is empty");
        }
        if (looksBinary(document)) {
            throw new ImportRejected(ImportRejected.UNREADABLE, "the document is not readable text");
        }
        String text = (format == DocumentFormat.HTML ? HtmlText.render(document) : document)
                .replace("\uFEFF", "")
                .replace("\r\n", "\n")
                .replace('\r', '\n');
        if (text.chars().allMatch(Wording::isSpace)) {
            throw new ImportRejected(ImportRejected.EMPTY, "the document has no text");
        }
        return text;
    }

    /** NUL characters, or more than a few control or replacement characters: not text. */
    private static boolean looksBinary(String document) {
        long odd = document.chars()
                .filter(c -> c == 0 || c == '\uFFFD' || Character.isISOControl(c) && !Character.isWhitespace(c))
                .count();
        return document.indexOf('\u0000') >= 0 || odd > document.length() * MOSTLY_CONTROL;
    }

    private static List<IssueDraft> issues(
            String text,
            ResponseLayout layout,
            String area,
            InspectionKind inspectionKind,
            OwnerRole voice,
            String published) {
        Map<Integer, List<CommitmentDraft>> commitments = new LinkedHashMap<>();
        Map<Integer, Set<String>> joint = new LinkedHashMap<>();
        for (IssueBlock block : layout.issues()) {
            commitments.putIfAbsent(block.number(), new ArrayList<>());
            joint.putIfAbsent(block.number(), new LinkedHashSet<>());
        }
        Map<Integer, Optional<String>> addressees = new LinkedHashMap<>();
        for (IssueBlock block : layout.issues()) {
            Optional<String> who = Findings.addressedTo(block.text(), block.body());
            addressees.putIfAbsent(block.number(), who);
            if (!Findings.forCps(who)) {
                continue;
            }
            List<CommitmentDraft> found = commitments(text, block.body(), Setting.RESPONSE, voice, published);
            List<String> jointWith = jointWith(block, area);
            for (int number : answered(block, commitments.keySet())) {
                commitments.get(number).addAll(found);
                joint.get(number).addAll(jointWith);
            }
        }
        boolean followUp = inspectionKind == InspectionKind.FOLLOW_UP;
        FindingKind[] sections = sections(layout.lines());
        return layout.issues().stream()
                .map(b -> {
                    Optional<String> who = addressees.get(b.number());
                    return new IssueDraft(
                            b.number(),
                            b.text(),
                            ThemeClassifier.of(b.text()),
                            List.copyOf(joint.get(b.number())),
                            commitments.get(b.number()),
                            findingKind(b, sections, inspectionKind),
                            Findings.forCps(who),
                            who.orElse(null),
                            followUp ? Findings.grade(b.heading(), b.body()).orElse(null) : null);
                })
                .toList();
    }

    /**
     * The kind a finding's heading names, else the kind the nearest section heading before it names
     * ("Recommendations", "Aspects for improvement", "Issues to address"), else recommendations for thematic and
     * follow-up reports and issues to address for Area inspections.
     */
    private static FindingKind findingKind(IssueBlock block, FindingKind[] sections, InspectionKind inspectionKind) {
        if (block.kind() != null) {
            return block.kind();
        }
        int at = block.firstLine() - 1;
        if (at >= 0 && sections[at] != null) {
            return sections[at];
        }
        return inspectionKind == InspectionKind.THEMATIC || inspectionKind == InspectionKind.FOLLOW_UP
                ? FindingKind.RECOMMENDATION
                : FindingKind.ISSUE_TO_ADDRESS;
    }

    /** For each line, the kind of findings the nearest section heading at or before it names, or null; read once. */
    private static FindingKind[] sections(List<Line> lines) {
        FindingKind[] sections = new FindingKind[lines.size()];
        FindingKind current = null;
        for (int k = 0; k < lines.size(); k++) {
            Interruption.check();
            String line = Wording.trim(lines.get(k).text());
            if (!line.isEmpty() && !line.endsWith(".") && line.length() <= HEADING_CHARS) {
                if (IMPROVEMENT_HEADING.matcher(line).find()) {
                    current = FindingKind.ASPECT_FOR_IMPROVEMENT;
                } else if (ISSUES_HEADING.matcher(line).find()) {
                    current = FindingKind.ISSUE_TO_ADDRESS;
                } else if (RECOMMENDATIONS_HEADING.matcher(line).find()) {
                    current = FindingKind.RECOMMENDATION;
                }
            }
            sections[k] = current;
        }
        return sections;
    }

    /** The issues a block's response answers: those its label names ("CPS Response to 3 and 4"), else its own. */
    private static List<Integer> answered(IssueBlock block, Set<Integer> known) {
        List<Integer> named = block.body().stream()
                .flatMap(l -> ResponseLabel.parse(l).stream())
                .flatMap(label -> label.issueNumbers().stream())
                .filter(known::contains)
                .distinct()
                .toList();
        return named.isEmpty() ? List.of(block.number()) : named;
    }

    /** Areas named in a "(joint with CPS London North)" note on the issue or its response. */
    private static List<String> jointWith(IssueBlock block, String ownArea) {
        return Stream.concat(block.heading().stream(), block.body().stream())
                .flatMap(line -> {
                    Matcher m = JOINT.matcher(line.text());
                    List<String> areas = new ArrayList<>();
                    while (m.find()) {
                        areas.addAll(CpsAreas.allIn(m.group(1)));
                    }
                    return areas.stream();
                })
                .filter(a -> !a.equals(ownArea))
                .distinct()
                .toList();
    }

    private static List<CommitmentDraft> commitments(
            String text, List<Line> lines, Setting setting, OwnerRole voice, String published) {
        List<CommitmentDraft> found = new ArrayList<>();
        OwnerResolver owners = new OwnerResolver(voice);
        for (String sentence : SentenceSplitter.sentences(text, lines)) {
            Interruption.check();
            if (CommitmentClassifier.isCommitment(sentence, setting)) {
                found.add(new CommitmentDraft(
                        sentence,
                        owners.ownersOf(sentence),
                        AssuranceDetector.in(sentence),
                        DueDates.in(sentence, published).orElse(null),
                        CommitmentClassifier.reportsDone(sentence) ? CommitmentDraft.DONE : CommitmentDraft.OPEN,
                        CadenceDetector.in(sentence)));
            }
            owners.read(sentence);
        }
        return found;
    }
}
