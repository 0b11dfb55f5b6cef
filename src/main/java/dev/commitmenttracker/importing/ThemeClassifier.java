package dev.commitmenttracker.importing;

import dev.commitmenttracker.shared.Theme;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Gives an issue to address its theme by weighing the subject words in its text. */
final class ThemeClassifier {

    private record Cue(Pattern words, int weight) {}

    private static final Map<Theme, List<Cue>> CUES = cues();

    private static Map<Theme, List<Cue>> cues() {
        Map<Theme, List<Cue>> cues = new EnumMap<>(Theme.class);
        cues.put(
                Theme.CASE_ANALYSIS_STRATEGY,
                List.of(
                        cue("case analysis|analysis", 3),
                        cue("strategy", 2),
                        cue("reviews?|reviewed", 1),
                        cue("grip", 1),
                        cue("action plans?", 2)));
        cues.put(
                Theme.DISCLOSURE,
                List.of(
                        cue("disclosure", 4),
                        cue("unused material|sensitive material", 3),
                        cue("schedules?", 2),
                        cue("DRS|disclosure record", 3)));
        cues.put(
                Theme.FIRST_HEARING_PREPARATION,
                List.of(
                        cue("first hearings?", 2),
                        cue("preparedness", 3),
                        cue("PTPHs?|plea and trial preparation", 2),
                        cue("progression", 1),
                        cue("transforming summary justice|TSJ", 3),
                        cue("ready for trial|trial[- ]ready|readiness", 2)));
        cues.put(
                Theme.VICTIM_COMMUNICATION,
                List.of(cue("VCL|victim communication|VLU|victim liaison", 4), cue("letters?", 2), cue("victims?", 1)));
        cues.put(Theme.DEFENCE_ENGAGEMENT, List.of(cue("defence", 4), cue("engagement", 1)));
        cues.put(
                Theme.WITNESS_CARE,
                List.of(
                        cue("witness(?:es)?", 2),
                        cue("STWAC|witness care|WCU", 3),
                        cue("special measures", 2),
                        cue("advocates?", 2),
                        cue("applications?", 1)));
        cues.put(
                Theme.PEOPLE_WELLBEING,
                List.of(
                        cue("wellbeing|well-being", 3),
                        cue("sickness|absence", 3),
                        cue("staff", 2),
                        cue("team meetings?", 2),
                        cue("morale|engagement survey", 1),
                        cue("training", 1)));
        cues.put(
                Theme.PERFORMANCE_DATA,
                List.of(cue("performance", 2), cue("data", 2), cue("targets?|measures", 2), cue("intranet", 1)));
        cues.put(
                Theme.POLICE_FILE_QUALITY,
                List.of(
                        cue("police files?|file quality|police file quality", 3),
                        cue("police", 2),
                        cue("statement forms?", 2)));
        cues.put(
                Theme.COMMUNITY_ENGAGEMENT,
                List.of(cue("communit(?:y|ies)", 3), cue("LSIP|scrutiny", 3), cue("public confidence", 2)));
        cues.put(
                Theme.ORGANISATION,
                List.of(
                        cue("business centre", 3),
                        cue("duplication", 3),
                        cue("functions|structure|resourcing|budget", 2)));
        return cues;
    }

    private static Cue cue(String words, int weight) {
        return new Cue(Pattern.compile("\\b(?:" + words + ")\\b", Pattern.CASE_INSENSITIVE), weight);
    }

    private ThemeClassifier() {}

    /** The theme with the heaviest cues in the text (ties go to the earlier theme), or OTHER when none. */
    static Theme of(String issueText) {
        String s = Wording.normalise(issueText);
        Theme best = Theme.OTHER;
        int bestScore = 0;
        for (Map.Entry<Theme, List<Cue>> theme : CUES.entrySet()) {
            int score = 0;
            for (Cue cue : theme.getValue()) {
                Matcher m = cue.words().matcher(s);
                while (m.find()) {
                    score += cue.weight();
                }
            }
            if (score > bestScore) {
                best = theme.getKey();
                bestScore = score;
            }
        }
        return best;
    }
}
