package dev.commitmenttracker.importing;

import dev.commitmenttracker.importing.CommitmentClassifier.Setting;
import dev.commitmenttracker.inspection.api.InspectionKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    /**
     * Parses one response document.
     *
     * @param document the document's text (for HTML, its markup)
     * @param format   how the text is encoded
     * @return the draft
     * @throws ImportRejected when the document is empty, unreadable, or not a CPS response
     */
    public ResponseDraft parse(String document, DocumentFormat format) {
        String text = textOf(document, format);
        ResponseLayout layout = ResponseLayout.of(text);
        ResponseHeader header = ResponseHeader.read(layout.header());
        String area = header.area()
                .orElseThrow(() -> new ImportRejected(
                        ImportRejected.NOT_A_RESPONSE, "no CPS Area is named in the title or introduction"));
        boolean labelled =
                layout.lines().stream().anyMatch(l -> ResponseLabel.parse(l).isPresent());
        if (header.title().isEmpty() && !labelled && layout.issues().isEmpty()) {
            throw new ImportRejected(
                    ImportRejected.NOT_A_RESPONSE,
                    "no response title, \"CPS Response\" label or numbered issues to address");
        }

        List<CommitmentDraft> general = new ArrayList<>(commitments(text, layout.introduction(), Setting.INTRODUCTION));
        general.addAll(commitments(text, layout.preamble(), Setting.RESPONSE));
        List<IssueDraft> issues = issues(text, layout, area);
        if (issues.isEmpty() && general.isEmpty()) {
            throw new ImportRejected(
                    ImportRejected.NOT_A_RESPONSE, "no numbered issues to address and no commitments found");
        }
        return new ResponseDraft(
                area,
                header.published().orElse(null),
                header.kind().map(InspectionKind::code).orElse(null),
                header.ratings(),
                general,
                issues);
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

    private static List<IssueDraft> issues(String text, ResponseLayout layout, String area) {
        Map<Integer, List<CommitmentDraft>> commitments = new LinkedHashMap<>();
        Map<Integer, Set<String>> joint = new LinkedHashMap<>();
        for (IssueBlock block : layout.issues()) {
            commitments.putIfAbsent(block.number(), new ArrayList<>());
            joint.putIfAbsent(block.number(), new LinkedHashSet<>());
        }
        for (IssueBlock block : layout.issues()) {
            List<CommitmentDraft> found = commitments(text, block.body(), Setting.RESPONSE);
            List<String> jointWith = jointWith(block, area);
            for (int number : answered(block, commitments.keySet())) {
                commitments.get(number).addAll(found);
                joint.get(number).addAll(jointWith);
            }
        }
        return layout.issues().stream()
                .map(b -> new IssueDraft(
                        b.number(),
                        b.text(),
                        ThemeClassifier.of(b.text()),
                        List.copyOf(joint.get(b.number())),
                        commitments.get(b.number())))
                .toList();
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

    private static List<CommitmentDraft> commitments(String text, List<Line> lines, Setting setting) {
        List<CommitmentDraft> found = new ArrayList<>();
        OwnerResolver owners = new OwnerResolver();
        for (String sentence : SentenceSplitter.sentences(text, lines)) {
            Interruption.check();
            if (CommitmentClassifier.isCommitment(sentence, setting)) {
                found.add(new CommitmentDraft(sentence, owners.ownersOf(sentence), AssuranceDetector.in(sentence)));
            }
            owners.read(sentence);
        }
        return found;
    }
}
