package dev.commitmenttracker.importing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Set;

/**
 * Renders an HTML response as text with its block structure kept: headings and paragraphs become
 * paragraphs, list items become lines ("  • " bullets, or "N. " in ordered lists), table rows become
 * lines with cells separated by " | ", so the plain text rules then apply.
 */
final class HtmlText {

    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "div",
            "section", "article", "header", "main", "blockquote", "table", "ul", "ol", "dl", "figure", "pre",
            "address", "hr");
    private static final Set<String> LINES = Set.of("li", "tr", "dt", "dd", "caption");

    private HtmlText() {
    }

    static String render(String html) {
        Element body = Jsoup.parse(html).body();
        body.select("script, style, noscript, template, nav, aside, form, button").remove();
        Renderer renderer = new Renderer();
        NodeTraversor.traverse(renderer, body);
        return renderer.text();
    }

    private static final class Renderer implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                Element parent = textNode.parent();
                boolean preformatted = parent != null && parent.tagName().equals("pre");
                append(preformatted ? textNode.getWholeText() : textNode.text());
            } else if (node instanceof Element element) {
                String tag = element.tagName();
                if (tag.equals("br")) {
                    newlines(1);
                } else if (PARAGRAPHS.contains(tag)) {
                    newlines(2);
                } else if (LINES.contains(tag)) {
                    newlines(1);
                    if (tag.equals("li")) {
                        out.append(listMarker(element));
                    }
                } else if ((tag.equals("td") || tag.equals("th")) && element.elementSiblingIndex() > 0) {
                    out.append(" | ");
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                if (PARAGRAPHS.contains(element.tagName())) {
                    newlines(2);
                } else if (LINES.contains(element.tagName())) {
                    newlines(1);
                }
            }
        }

        private static String listMarker(Element item) {
            Element list = item.parent();
            if (list != null && list.tagName().equals("ol")) {
                int start = list.hasAttr("start") ? parseOr(list.attr("start"), 1) : 1;
                int position = 0;
                for (Element sibling : list.children()) {
                    if (sibling == item) {
                        break;
                    }
                    if (sibling.tagName().equals("li")) {
                        position++;
                    }
                }
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

        private void newlines(int wanted) {
            trimTrailingSpaces();
            if (out.length() == 0) {
                return;
            }
            int present = 0;
            for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
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
