package io.mixdoc.seams;

import io.mixdoc.Seam;
import io.mixdoc.SeamType;
import java.util.ArrayList;
import java.util.List;

/**
 * A table flattened to {@code cell | cell} lines in which one row lost the separator after its label: every
 * other row around it has {@code n} cells and it has {@code n - 1} ({@code /dev/null | 读取} above and below,
 * {@code /dev/zero读取} between). The table's own shape is the evidence, so the row must sit between two
 * rows of the table; where label and value meet is known only when one script gives way to the other there,
 * and even then the split is proposed, never made.
 */
final class TableRowGlue {
    private TableRowGlue() {
    }

    static final String CELL = " | ";
    /** Rows of the table around the short one, itself not counted. */
    static final int MIN_ROWS = 3;
    static final double CONFIDENCE = 0.7;

    private record Line(int start, int end, int cells) {
    }

    static List<Seam> find(SeamContext ctx) {
        String text = ctx.text;
        if (!text.contains(CELL)) {
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        int at = 0;
        while (at <= text.length()) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl;
            if (end > at && !text.substring(at, end).isBlank()) {
                lines.add(new Line(at, end, cells(text.substring(at, end))));
            }
            at = end + 1;
        }
        List<Seam> out = new ArrayList<>();
        for (int k = 1; k + 1 < lines.size(); k++) {
            Line row = lines.get(k);
            int n = lines.get(k - 1).cells();
            if (n < 2 || row.cells() != n - 1 || lines.get(k + 1).cells() != n || rowsOfTable(lines, k, n) < MIN_ROWS
                    || notARow(text.substring(row.start(), row.end()))) {
                continue;
            }
            int cellEnd = text.indexOf(CELL, row.start());
            int end = cellEnd < 0 || cellEnd > row.end() ? row.end() : cellEnd;
            int start = row.start();
            while (start < end && ctx.isProtected(start, start + 1)) {
                // a path or command as the label: the seam is what follows it, code is never a seam; only the
                // cell's own start is skipped, not everything up to a URL or option at its end
                start++;
            }
            if (end - start < 2) {
                continue;
            }
            Seam s = Seam.of(start, end, SeamType.GLUED_WORDS, CONFIDENCE, "a table row one cell short: label and value run together");
            String split = start > row.start() ? null : scriptChange(text.substring(start, end));
            out.add(split == null ? s : s.withRepair(split, CutSite.PROPOSAL));
        }
        return out;
    }

    /** A cell separator spaced otherwise than {@link #CELL}: white space on one side of the bar only, or a tab. */
    private static final java.util.regex.Pattern SPACED_BAR = java.util.regex.Pattern.compile("\\s\\||\\|\\s");

    private static final java.util.regex.Pattern CAPTION = java.util.regex.Pattern.compile("(表格?|Table)[\\s\\u00A0]*[0-9]+[.-].*");

    /**
     * A caption between two tables ({@code 表 1.19. …}, {@code Table 1.19. …}) or a Markdown rule or row
     * ({@code |:---|}, {@code | |}): lines that never were a row of the tables around them. Nor is a row short
     * whose writer spaced a separator otherwise ({@code amapManager| AMapManager}, {@code String |指定}, a tab
     * after the bar): the separator is there, only not counted as one. A bar with no space on either side is
     * the cell's content ({@code r1|r2}, a pattern's alternation), not a separator.
     */
    private static boolean notARow(String line) {
        String l = line.strip();
        return CAPTION.matcher(l).matches() || l.startsWith("|") || l.endsWith("|") || l.contains("| |") || rule(l)
                || SPACED_BAR.matcher(l.replace(CELL, "\u0000")).find();
    }

    /**
     * A rule drawn with dashes ({@code -------+--------}, {@code +-----+}) or a record header framed by them
     * ({@code -[ RECORD 2 ]-}, psql's expanded output): the line opens and closes with a rule character.
     */
    private static boolean rule(String l) {
        return l.length() >= 2 && "-+=".indexOf(l.charAt(0)) >= 0 && "-+=".indexOf(l.charAt(l.length() - 1)) >= 0;
    }

    /** Rows of {@code n} cells in the run of table lines around line {@code k}. */
    private static int rowsOfTable(List<Line> lines, int k, int n) {
        int rows = 0;
        for (int i = k - 1; i >= 0 && lines.get(i).cells() == n; i--) {
            rows++;
        }
        for (int i = k + 1; i < lines.size() && lines.get(i).cells() == n; i++) {
            rows++;
        }
        return rows;
    }

    /**
     * Cells of a table line; a shell prompt line ({@code $ echo 1K | numfmt --from=iec}) has none: its bar is a
     * pipe, and the program's output below it ({@code -> "1024"}) is no row one cell short.
     */
    private static int cells(String line) {
        if (line.stripLeading().startsWith("$ ")) {
            return 0;
        }
        int n = 1;
        for (int i = line.indexOf(CELL); i >= 0; i = line.indexOf(CELL, i + CELL.length())) {
            n++;
        }
        return n;
    }

    /** {@code /dev/zero读取} → {@code /dev/zero | 读取}: the one place where Latin gives way to Chinese or back. */
    private static String scriptChange(String cell) {
        int cut = -1;
        for (int i = 1; i < cell.length(); i++) {
            boolean a = io.mixdoc.text.Chars.isHan(cell.charAt(i - 1));
            boolean b = io.mixdoc.text.Chars.isHan(cell.charAt(i));
            if (a != b && cell.charAt(i) != ' ' && cell.charAt(i - 1) != ' ') {
                if (cut >= 0) {
                    return null;
                }
                cut = i;
            }
        }
        return cut < 0 ? null : cell.substring(0, cut) + CELL + cell.substring(cut);
    }
}
