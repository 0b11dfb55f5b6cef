package dev.commitmenttracker.importing;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an HTML response as text with its block structure kept: headings and paragraphs become
 * paragraphs, list items become lines ("  • " bullets, or "N. " in ordered lists), table rows become
 * lines with cells separated by " | ", so the plain text rules then apply.
 */
final class HtmlText {

    private static final Set<String> PARAGRAPHS = Set.of(
            "p",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "div",
            "section",
            "article",
            "header",
            "main",
            "blockquote",
            "table",
            "ul",
            "ol",
            "dl",
            "figure",
            "pre",
            "address",
            "hr");
    private static final Set<String> LINES = Set.of("li", "tr", "dt", "dd", "caption");

    private HtmlText() {}

    /** Site furniture of a saved page: navigation, banners, cookie notices, footers, skip links, hidden parts. */
    private static final String FURNITURE = "script, style, noscript, template, nav, aside, form, button, footer,"
            + " [role=navigation], [role=contentinfo], [role=search], [aria-hidden=true], [hidden],"
            + " [class*=cookie], [id*=cookie], [class*=Cookie], [id*=Cookie], [class*=breadcrumb], [class*=skip-link],"
            + " [class*=footer], [id*=footer], [class*=share], [class*=related], [class*=feedback]";

    static String render(String html) {
        Element body = Jsoup.parse(html).body();
        body.select(FURNITURE).remove();
        Element main = body.selectFirst("main, [role=main], article");
        Element content =
                main != null && main.text().length() * 2 >= body.text().length() ? main : body;
        Renderer renderer = new Renderer();
        if (content != body) {
            // the page's title may sit just before the main content
            Element title = body.selectFirst("h1");
            if (title != null && !content.equals(title) && title.closest("main, [role=main], article") == null) {
                NodeTraversor.traverse(renderer, title);
            }
        }
        NodeTraversor.traverse(renderer, content);
        return renderer.text();
    }

    private static final class Renderer implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        private final Map<Element, Integer> itemsBefore = new IdentityHashMap<>();

        @Override
        public void head(Node node, int depth) {
            Interruption.check();
            if (node instanceof TextNode textNode) {
                Element parent = textNode.parent();
                boolean preformatted = parent != null && parent.tagName().equals("pre");
                append(preformatted ? textNode.getWholeText() : textNode.text());
            } else if (node instanceof Element element) {
                String tag = element.tagName();
                if (inCell(element) && (tag.equals("br") || PARAGRAPHS.contains(tag) || LINES.contains(tag))) {
                    // a table row stays one line: blocks inside a cell are separated by a space
                    space();
                } else if (tag.equals("br")) {
                    newlines(1);
                } else if (PARAGRAPHS.contains(tag)) {
                    newlines(2);
                } else if (LINES.contains(tag)) {
                    newlines(1);
                    if (tag.equals("li")) {
                        out.append(listMarker(element, itemsBefore));
                    }
                } else if ((tag.equals("td") || tag.equals("th")) && element.previousElementSibling() != null) {
                    out.append(" | ");
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                if (inCell(element)) {
                    if (PARAGRAPHS.contains(element.tagName()) || LINES.contains(element.tagName())) {
                        space();
                    }
                } else if (PARAGRAPHS.contains(element.tagName())) {
                    newlines(2);
                } else if (LINES.contains(element.tagName())) {
                    newlines(1);
                }
            }
        }

        /** The marker of a list item; {@code itemsBefore} counts the items met so far in each list. */
        private static String listMarker(Element item, Map<Element, Integer> itemsBefore) {
            Element list = item.parent();
            if (list != null && list.tagName().equals("ol")) {
                int start = list.hasAttr("start") ? parseOr(list.attr("start"), 1) : 1;
                int position = itemsBefore.merge(list, 1, Integer::sum) - 1;
                return (start + position) + ". ";
            }
            return "  • ";
        }

        private static int parseOr(String number, int fallback) {
            try {
                return Integer.parseInt(number.trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }

        private void append(String text) {
            boolean atLineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
            boolean afterSpace = atLineStart || out.charAt(out.length() - 1) == ' ';
            out.append(afterSpace ? text.stripLeading() : text);
        }

        /** Whether the element sits inside a table cell (not the cell itself). */
        private static boolean inCell(Element element) {
            for (Element up = element.parent(); up != null; up = up.parent()) {
                if (up.tagName().equals("td") || up.tagName().equals("th")) {
                    return true;
                }
                if (up.tagName().equals("table")) {
                    return false;
                }
            }
            return false;
        }

        private void space() {
            if (out.length() > 0 && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
                out.append(' ');
            }
        }

        private void newlines(int wanted) {
            trimTrailingSpaces();
            if (out.length() == 0) {
                return;
            }
            int present = 0;
            for (int i = out.length() - 1; i >= 0 && present < wanted && out.charAt(i) == '\n'; i--) {
                present++;
            }
            out.append("\n".repeat(Math.max(0, wanted - present)));
        }

        private void trimTrailingSpaces() {
            int end = out.length();
            while (end > 0 && out.charAt(end - 1) == ' ') {
                end--;
            }
            out.setLength(end);
        }

        String text() {
            trimTrailingSpaces();
            return out.toString().strip();
        }
    }
}
