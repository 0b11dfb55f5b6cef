package dev.commitmenttracker.ui;

import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.reporting.progress.Figures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Charts drawn on the server as SVG from the same figures the tables beside them show: this class only does the
 * geometry, the templates draw it. No script, so the charts work without JavaScript.
 */
final class Charts {

    static final int WIDTH = 900;
    static final int LABEL_WIDTH = 230;
    static final int BAR_HEIGHT = 22;
    static final int ROW_GAP = 8;

    private Charts() {}

    /** A bar of one status inside a row, in SVG units. */
    record Segment(CommitmentStatus status, long count, double x, double width) {}

    /** One labelled row of a stacked bar chart. */
    record Row(String label, long total, double y, List<Segment> segments) {

        /** Where the bar ends, for the total written after it. */
        public double end() {
            return segments.isEmpty()
                    ? LABEL_WIDTH
                    : segments.get(segments.size() - 1).x()
                            + segments.get(segments.size() - 1).width();
        }
    }

    /** A horizontal stacked bar chart: one row per label, one segment per status, all rows on one scale. */
    record StackedBars(int width, int height, int labelWidth, int barHeight, long scale, List<Row> rows) {}

    static StackedBars statusBars(Map<String, Figures> figuresByLabel) {
        long scale = Math.max(
                1,
                figuresByLabel.values().stream().mapToLong(Figures::total).max().orElse(1));
        double plotWidth = WIDTH - LABEL_WIDTH - 50;
        List<Row> rows = new ArrayList<>();
        double y = 0;
        for (Map.Entry<String, Figures> entry : figuresByLabel.entrySet()) {
            List<Segment> segments = new ArrayList<>();
            double x = LABEL_WIDTH;
            for (CommitmentStatus status : CommitmentStatus.values()) {
                long count = entry.getValue().count(status);
                if (count > 0) {
                    double width = plotWidth * count / scale;
                    segments.add(new Segment(status, count, x, width));
                    x += width;
                }
            }
            rows.add(new Row(entry.getKey(), entry.getValue().total(), y, segments));
            y += BAR_HEIGHT + ROW_GAP;
        }
        return new StackedBars(WIDTH, (int) Math.max(y, BAR_HEIGHT), LABEL_WIDTH, BAR_HEIGHT, scale, rows);
    }

    /** A line of the progress chart: its CSS modifier, its name and its points as SVG "x,y" pairs. */
    record Line(String kind, String name, String points) {}

    /** A labelled tick on the time axis. */
    record Tick(double x, String label) {}

    /** The progress-over-time chart: one line each for open, evidenced and closed, months along the bottom. */
    record Lines(
            int width,
            int height,
            double left,
            double bottom,
            double right,
            long scale,
            List<Line> lines,
            List<Tick> ticks) {}

    static Lines progressLines(List<AreaTimeline.Month> months) {
        int height = 260;
        double left = 50;
        double right = WIDTH - 20;
        double top = 15;
        double bottom = height - 40;
        long scale = Math.max(
                1,
                months.stream()
                        .mapToLong(m -> Math.max(m.open(), Math.max(m.evidenced(), m.closed())))
                        .max()
                        .orElse(1));
        double step = months.size() > 1 ? (right - left) / (months.size() - 1) : 0;
        StringBuilder open = new StringBuilder();
        StringBuilder evidenced = new StringBuilder();
        StringBuilder closed = new StringBuilder();
        List<Tick> ticks = new ArrayList<>();
        int every = Math.max(1, (int) Math.ceil(months.size() / 12.0));
        for (int i = 0; i < months.size(); i++) {
            AreaTimeline.Month month = months.get(i);
            double x = left + step * i;
            point(open, x, month.open(), scale, top, bottom);
            point(evidenced, x, month.evidenced(), scale, top, bottom);
            point(closed, x, month.closed(), scale, top, bottom);
            if (i % every == 0) {
                ticks.add(new Tick(
                        x,
                        month.month().getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK)
                                + " " + month.month().getYear()));
            }
        }
        return new Lines(
                WIDTH,
                height,
                left,
                bottom,
                right,
                scale,
                List.of(
                        new Line("open", "Open", open.toString().trim()),
                        new Line("evidenced", "Evidenced", evidenced.toString().trim()),
                        new Line("closed", "Closed", closed.toString().trim())),
                ticks);
    }

    private static void point(StringBuilder points, double x, long value, long scale, double top, double bottom) {
        double y = bottom - (bottom - top) * value / scale;
        points.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, y));
    }
}
