package io.github.docspacephoto.benchmark;

import java.util.ArrayList;
import java.util.List;

/** The printed result: one Markdown table, so a run can be pasted into docs/benchmark.md as it is. */
final class Table {

    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();

    /** A table comparing two things: measurement, the two, their ratio, the target, whether it was met. */
    Table(String first, String second, String ratio) {
        this(List.of("measurement", first, second, ratio, "target", "met"));
    }

    /** A table with these columns; the last is "met". */
    Table(List<String> header) {
        this.header = header.toArray(String[]::new);
    }

    /** {@code met} is null where the row has no target. */
    void row(String measurement, String client, String raw, String ratio, String target, Boolean met) {
        cells(measurement, client, raw, ratio, target, met(met));
    }

    /** A row of as many cells as there are columns. */
    void cells(String... cells) {
        if (cells.length != header.length) {
            throw new IllegalArgumentException(cells.length + " cells for " + header.length + " columns");
        }
        rows.add(cells.clone());
    }

    static String met(Boolean met) {
        return met == null ? "" : met ? "yes" : "NO";
    }

    String render() {
        int[] widths = new int[header.length];
        for (String[] row : withHeader()) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, header, widths);
        String[] rule = new String[header.length];
        for (int i = 0; i < rule.length; i++) {
            rule[i] = "-".repeat(widths[i]);
        }
        line(out, rule, widths);
        rows.forEach(row -> line(out, row, widths));
        return out.toString();
    }

    private List<String[]> withHeader() {
        List<String[]> all = new ArrayList<>(rows);
        all.add(header);
        return all;
    }

    private static void line(StringBuilder out, String[] cells, int[] widths) {
        out.append('|');
        for (int i = 0; i < cells.length; i++) {
            out.append(' ').append(String.format("%-" + widths[i] + "s", cells[i])).append(" |");
        }
        out.append('\n');
    }
}
