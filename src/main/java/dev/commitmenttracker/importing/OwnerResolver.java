package dev.commitmenttracker.importing;

import dev.commitmenttracker.shared.OwnerRole;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out who is named as doing the action of each commitment in one passage (an issue's response,
 * or the text before the issues), reading the sentences in order.
 *
 * <p>A named role as subject owns the action, with roles it acts "by", "with" or "from". "We", "The
 * Area" and passive sentences belong to the Area, or to the CPS nationally once the passage has
 * turned to what "The CPS" is doing; roles named in them (other than people the action is "to" or
 * "for") are owners alongside, or instead when no "we" or "the Area" is the subject. "They" and
 * "These leads" take the owners of the sentence before.
 */
final class OwnerResolver {

    private static final int I = Pattern.CASE_INSENSITIVE;
    private static final Pattern FIRST_VERB = Pattern.compile(
            "\\b(?:will|would|shall|is|are|was|were|has|have|had"
                    + "|remains?|continues?|includes?|included|can|could|must|should|may)\\b",
            I);
    private static final Pattern WE = Pattern.compile("\\bwe\\b", I);
    private static final Pattern APPOINTED = Pattern.compile(
            "(?:has|have|had)\\s+(?:now\\s+|also\\s+|recently\\s+)?been\\s+(?:appointed|recruited|nominated|created|designated)\\b"
                    + "(?![^.;]*\\bby\\b)",
            I);
    private static final String AREA = "\\b(?:the|our)\\s+area\\b(?!')(?=\\s+(?:(?:also|now|already|still|currently"
            + "|further)\\s+)?(?:will|would|shall|has|have|had|is|are|was|remains|continues|agrees|accepts|intends"
            + "|plans|must|should|can)\\b)";
    private static final String CPS = "\\b(?:the\\s+)?cps\\b(?=\\s+(?:(?:also|now|nationally)\\s+)?(?:will|has|have"
            + "|had|is|are|was|recognises|recognised|recognizes|introduced|launched|continues|intends|plans"
            + "|published)\\b)";
    private static final Pattern AREA_SUBJECT = Pattern.compile(AREA, I);
    private static final Pattern NATIONAL_SUBJECT = Pattern.compile(CPS, I);
    private static final Pattern VOICE = Pattern.compile("(?<area>" + AREA + ")|(?<cps>" + CPS + ")", I);
    private static final Pattern THEY = Pattern.compile("^they\\b", I);
    private static final Pattern THESE = Pattern.compile("^(?:these|those)\\s+([a-z-]+)", I);
    private static final Pattern CLAUSE_SUBJECT = Pattern.compile(
            "(?:\\band|\\bbut|,|;)\\s+(?:(?:also|then)\\s+)?"
                    + "(?:(?<we>we)|(?<area>the\\s+area)|(?<cps>(?:the\\s+)?cps)|(?<role>" + RoleMention.ANY + "))"
                    + "\\s+(?:(?:also|then|now)\\s+)?(?:will|would|shall|is|are|has|have|had|can|must|should)\\b",
            I);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z%'-]+|[,;:()]");
    private static final Set<String> RECIPIENT = Set.of("to", "for");
    private static final Set<String> AGENT = Set.of("by", "with", "from");
    private static final Set<String> OTHER_PREPOSITIONS = Set.of(
            "of",
            "in",
            "on",
            "at",
            "between",
            "into",
            "via",
            "through",
            "among",
            "across",
            "alongside",
            "under",
            "within",
            "about",
            "towards",
            "against");
    private static final int WORDS_TO_GOVERNOR = 4;

    private enum Governor {
        RECIPIENT,
        AGENT,
        NONE
    }

    private OwnerRole voice;
    private List<RoleMention> previousMentions = List.of();
    private List<OwnerRole> previousOwners = List.of();

    OwnerResolver() {
        this(OwnerRole.AREA);
    }

    /** @param voice who "we" and passive sentences stand for until a sentence turns to the Area or the CPS */
    OwnerResolver(OwnerRole voice) {
        this.voice = voice;
    }

    /** The owners of a commitment sentence; call {@link #read} for it afterwards like for any sentence. */
    List<OwnerRole> ownersOf(String sentence) {
        String s = Wording.normalise(sentence);
        Matcher adverbial = CommitmentClassifier.LEADING_ADVERBIAL.matcher(s);
        int leadStart = adverbial.lookingAt() ? adverbial.end() : 0;
        String lead = s.substring(leadStart);
        Matcher verb = FIRST_VERB.matcher(s);
        int subjectEnd = verb.find(leadStart) ? verb.start() : s.length();
        List<RoleMention> mentions = RoleMention.in(s);
        Tokens tokens = new Tokens(s, mentions);

        Set<OwnerRole> owners = new LinkedHashSet<>();
        List<RoleMention> subjectRoles = mentions.stream()
                .filter(m -> m.start() >= leadStart && m.end() <= subjectEnd)
                .filter(m -> tokens.governorOf(m) != Governor.RECIPIENT)
                .toList();
        Subject subject = subject(s, leadStart, subjectEnd, subjectRoles);
        if (subject == Subject.ROLE
                && APPOINTED.matcher(s.substring(subjectEnd)).lookingAt()) {
            // "A national lead has been appointed": the role named is who the action gave, not who did it
            previousOwners = List.of(voice);
            return previousOwners;
        }
        switch (subject) {
            case ROLE -> {
                subjectRoles.forEach(m -> owners.add(m.role()));
                mentions.stream()
                        .filter(m -> m.start() >= subjectEnd && tokens.governorOf(m) == Governor.AGENT)
                        .forEach(m -> owners.add(m.role()));
            }
            case WE, AREA, NATIONAL -> {
                owners.add(
                        subject == Subject.WE ? voice : subject == Subject.AREA ? OwnerRole.AREA : OwnerRole.NATIONAL);
                owners.addAll(namedRoles(mentions, tokens));
            }
            case THEY -> {
                owners.addAll(antecedentOwners());
                mentions.stream()
                        .filter(m -> tokens.governorOf(m) == Governor.AGENT)
                        .forEach(m -> owners.add(m.role()));
            }
            case PASSIVE ->
                owners.addAll(these(lead).orElseGet(() -> {
                    List<OwnerRole> named = namedRoles(mentions, tokens);
                    return named.isEmpty() ? List.of(voice) : named;
                }));
        }
        owners.addAll(clauseSubjects(s, subjectEnd));
        previousOwners = List.copyOf(owners);
        return previousOwners;
    }

    /** Takes note of any sentence of the passage: who it turns to, and the roles it names. */
    void read(String sentence) {
        String s = Wording.normalise(sentence);
        Matcher m = VOICE.matcher(s);
        while (m.find()) {
            voice = m.group("area") != null ? OwnerRole.AREA : OwnerRole.NATIONAL;
        }
        previousMentions = RoleMention.in(s);
    }

    private enum Subject {
        ROLE,
        WE,
        AREA,
        NATIONAL,
        THEY,
        PASSIVE
    }

    private static Subject subject(String s, int leadStart, int subjectEnd, List<RoleMention> subjectRoles) {
        String lead = s.substring(leadStart);
        if (THEY.matcher(lead).find()) {
            return Subject.THEY;
        }
        int role =
                subjectRoles.isEmpty() ? Integer.MAX_VALUE : subjectRoles.get(0).start();
        int we = firstIn(WE, s, leadStart, subjectEnd);
        int area = firstIn(AREA_SUBJECT, s, leadStart, subjectEnd + 1);
        int national = firstIn(NATIONAL_SUBJECT, s, leadStart, subjectEnd + 1);
        int first = Math.min(Math.min(role, we), Math.min(area, national));
        if (first == Integer.MAX_VALUE) {
            return Subject.PASSIVE;
        }
        return first == role
                ? Subject.ROLE
                : first == we ? Subject.WE : first == area ? Subject.AREA : Subject.NATIONAL;
    }

    private static int firstIn(Pattern pattern, String s, int from, int to) {
        Matcher m = pattern.matcher(s);
        return m.find(from) && m.start() < to ? m.start() : Integer.MAX_VALUE;
    }

    /** Roles named other than as those the action is done to or for. */
    private static List<OwnerRole> namedRoles(List<RoleMention> mentions, Tokens tokens) {
        return mentions.stream()
                .filter(m -> tokens.governorOf(m) != Governor.RECIPIENT)
                .map(RoleMention::role)
                .distinct()
                .toList();
    }

    /** "These leads ...": the role named that way in the sentence before. */
    private Optional<List<OwnerRole>> these(String lead) {
        Matcher m = THESE.matcher(lead);
        if (!m.find()) {
            return Optional.empty();
        }
        String noun = m.group(1).toLowerCase(Locale.ROOT);
        List<OwnerRole> roles = previousMentions.stream()
                .filter(p -> p.text().toLowerCase(Locale.ROOT).contains(noun))
                .map(RoleMention::role)
                .distinct()
                .toList();
        return roles.isEmpty() ? Optional.empty() : Optional.of(roles);
    }

    /** "They ...": the roles that owned the commitment before, else its owners. */
    private List<OwnerRole> antecedentOwners() {
        List<OwnerRole> roles = previousOwners.stream()
                .filter(o -> o != OwnerRole.AREA && o != OwnerRole.NATIONAL)
                .toList();
        if (!roles.isEmpty()) {
            return roles;
        }
        return previousOwners.isEmpty() ? List.of(voice) : previousOwners;
    }

    /** Subjects of later clauses: "... and line managers will assess ...", "... but we will ...". */
    private List<OwnerRole> clauseSubjects(String s, int from) {
        List<OwnerRole> owners = new ArrayList<>();
        Matcher m = CLAUSE_SUBJECT.matcher(s);
        while (m.find(from)) {
            if (m.group("we") != null) {
                owners.add(voice);
            } else if (m.group("area") != null) {
                owners.add(OwnerRole.AREA);
            } else if (m.group("cps") != null) {
                owners.add(OwnerRole.NATIONAL);
            } else {
                RoleMention.roleOf(m.group("role")).ifPresent(owners::add);
            }
            from = m.end();
        }
        return owners;
    }

    /**
     * The words and punctuation of one sentence, read once, so that the preposition governing a role
     * mention (looking back over a few words and any coordinated roles) is found by jumping over the
     * words passed by, in constant time per mention.
     */
    private static final class Tokens {
        private final String sentence;
        private final List<RoleMention> mentions;
        private final int[] starts;
        private final int[] ends;
        private final String[] words;
        /** For each token, the nearest token at or before it that is not skipped over, or -1. */
        private final int[] unskipped;

        private Tokens(String sentence, List<RoleMention> mentions) {
            this.sentence = sentence;
            this.mentions = mentions;
            List<int[]> spans = new ArrayList<>();
            Matcher t = TOKEN.matcher(sentence);
            while (t.find()) {
                spans.add(new int[] {t.start(), t.end()});
            }
            int n = spans.size();
            starts = new int[n];
            ends = new int[n];
            words = new String[n];
            unskipped = new int[n];
            int mention = 0;
            for (int k = 0; k < n; k++) {
                starts[k] = spans.get(k)[0];
                ends[k] = spans.get(k)[1];
                words[k] = sentence.substring(starts[k], ends[k]).toLowerCase(Locale.ROOT);
                while (mention < mentions.size() && mentions.get(mention).end() < ends[k]) {
                    mention++;
                }
                boolean insideMention = mention < mentions.size()
                        && ends[k] > mentions.get(mention).start();
                boolean skipped = insideMention || isConjunction(words[k]);
                unskipped[k] = skipped ? (k == 0 ? -1 : unskipped[k - 1]) : k;
            }
        }

        private static boolean isConjunction(String token) {
            return token.equals("and") || token.equals("or") || token.equals(",");
        }

        Governor governorOf(RoleMention mention) {
            int k = lastTokenStartingBefore(mention.start());
            int counted = 0;
            if (k >= 0 && ends[k] > mention.start()) {
                // the word the mention's start cuts, as far as the mention: read as a word of its own
                String cut = sentence.substring(starts[k], mention.start()).toLowerCase(Locale.ROOT);
                boolean insideOther = endsAt(mention.start());
                if (!insideOther && !isConjunction(cut)) {
                    Governor governor = governor(cut);
                    if (governor != null) {
                        return governor;
                    }
                    counted++;
                }
                k--;
            }
            for (k = k < 0 ? -1 : unskipped[k];
                    k >= 0 && counted < WORDS_TO_GOVERNOR;
                    k = k == 0 ? -1 : unskipped[k - 1]) {
                Governor governor = governor(words[k]);
                if (governor != null) {
                    return governor;
                }
                counted++;
            }
            return Governor.NONE;
        }

        /** What a word (not skipped) says about a role after it, or null when it is just counted. */
        private static Governor governor(String token) {
            if (RECIPIENT.contains(token)) {
                return Governor.RECIPIENT;
            }
            if (AGENT.contains(token)) {
                return Governor.AGENT;
            }
            if (OTHER_PREPOSITIONS.contains(token) || token.equals(";") || token.equals(":") || token.equals("(")) {
                return Governor.NONE;
            }
            return null;
        }

        /** Whether a mention other than one starting there ends at the position (mentions do not overlap). */
        private boolean endsAt(int position) {
            int low = 0;
            int high = mentions.size() - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                RoleMention m = mentions.get(mid);
                if (m.end() < position) {
                    low = mid + 1;
                } else if (m.start() >= position) {
                    high = mid - 1;
                } else {
                    return true;
                }
            }
            return false;
        }

        private int lastTokenStartingBefore(int position) {
            int low = 0;
            int high = starts.length - 1;
            int found = -1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                if (starts[mid] < position) {
                    found = mid;
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
            return found;
        }
    }
}
