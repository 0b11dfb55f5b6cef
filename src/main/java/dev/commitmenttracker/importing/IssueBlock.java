package dev.commitmenttracker.importing;

import java.util.List;

/**
 * One issue to address as laid out in the document.
 *
 * @param number  the issue's number (for issues given as bullets, its position)
 * @param text    the issue as worded in its heading, without number or markup
 * @param heading the heading lines
 * @param body    the lines after the heading up to the next issue: the CPS response to it
 */
record IssueBlock(int number, String text, List<Line> heading, List<Line> body) {

    IssueBlock {
        heading = List.copyOf(heading);
        body = List.copyOf(body);
    }

    int firstLine() {
        return heading.get(0).index();
    }
}
