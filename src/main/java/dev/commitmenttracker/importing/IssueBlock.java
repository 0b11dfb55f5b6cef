package dev.commitmenttracker.importing;

import dev.commitmenttracker.inspection.api.FindingKind;
import java.util.List;

/**
 * One numbered finding (issue to address, recommendation, aspect for improvement) as laid out in the document.
 *
 * @param number  the finding's number (for findings given as bullets, its position; "(c)" is 3)
 * @param text    the finding as worded in its heading, without number or markup
 * @param heading the heading lines
 * @param body    the lines after the heading up to the next finding: the CPS response to it (for a table row, the
 *                response cell)
 * @param kind    the kind the heading or table names ("Recommendation 2"), or null when it names none ("2.")
 */
record IssueBlock(int number, String text, List<Line> heading, List<Line> body, FindingKind kind) {

    IssueBlock {
        heading = List.copyOf(heading);
        body = List.copyOf(body);
    }

    IssueBlock(int number, String text, List<Line> heading, List<Line> body) {
        this(number, text, heading, body, null);
    }

    int firstLine() {
        return heading.get(0).index();
    }
}
