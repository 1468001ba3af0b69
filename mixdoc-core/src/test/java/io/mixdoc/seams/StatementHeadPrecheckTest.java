package io.mixdoc.seams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link CodeWordContext#afterStatementHead} runs its regex only where {@link CodeWordContext#mayEndStatementHead}
 * says a head can end: its answers must be the old search's (the regex tried from every position of the 60
 * characters before the word) at every position of texts written for this test and of random ones.
 */
class StatementHeadPrecheckTest {
    /** The regex as the old code ran it, at every position before the word. */
    private static final Pattern STATEMENT_HEAD = Pattern.compile(
            "(?:(?:CREATE|DROP|ALTER|TRUNCATE)(?: OR REPLACE)?(?: TEMP| TEMPORARY| UNIQUE)? "
            + "(?:TABLE|VIEW|INDEX|SCHEMA|DATABASE|SEQUENCE|TYPE|FUNCTION|TRIGGER|DOMAIN)(?: IF (?:NOT )?EXISTS)?"
            + "|INSERT INTO|DELETE FROM|UPDATE|FROM|JOIN) $");

    private static boolean oldAfterStatementHead(String text, int from, int start) {
        int s = Math.max(from, start - 60);
        Matcher m = STATEMENT_HEAD.matcher(text).region(s, start);
        while (s < start) {
            if (m.region(s, start).lookingAt()) {
                return s == from || !io.mixdoc.text.Chars.isLatinLetter(text.charAt(s - 1));
            }
            s++;
        }
        return false;
    }

    private static final List<String> TEXTS = List.of(
            "先执行 CREATE TABLE myboxes (id int); 再用 INSERT INTO mytable 写入。",
            "DROP SCHEMA IF EXISTS mystuff CASCADE; 然后 ALTER OR REPLACE TEMP VIEW v2 AS",
            "SELECT name FROM users JOIN orders ON x; UPDATE accounts SET y",
            "The API returns JSON FROM the server; TYPEscript is not a TYPE here.",
            "UPFROM x, XJOIN y, CREATE UNIQUE INDEX idx_name ON t",
            "DELETE FROM \rlog and FROM \u2028next, FROM \u0085after, JOIN \u2029there",
            "这是一段没有英文的中文句子。",
            "",
            "FROM ");

    @Test
    void answersAsTheSearchFromEveryPositionDid() {
        int heads = 0;
        for (String t : TEXTS) {
            heads += assertAgree(t);
        }
        assertTrue(heads >= 10, "the texts hold statement heads: " + heads);
        Random r = new Random(15);
        String[] pieces = {"CREATE", "DROP", " TABLE", " VIEW", " OR REPLACE", " TEMP", " IF", " NOT", " EXISTS", "INSERT",
            " INTO", "DELETE", "FROM", "UPDATE", "JOIN", " ", " ", "x", "A", "表", "\r", "\u2028", "\n", "_"};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(12);
            for (int i = 0; i < len; i++) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            heads += assertAgree(b.toString());
        }
        assertTrue(heads > 1000, "random texts with a head before a position: " + heads);
    }

    @Test
    void aWordAfterProseNeedsNoRegex() {
        String text = "把 Linux kernel 的 configuration 写好";
        assertFalse(CodeWordContext.mayEndStatementHead(text, 0, text.indexOf("kernel")));
        assertFalse(CodeWordContext.mayEndStatementHead(text, 0, text.indexOf("configuration")));
        String sql = "执行 CREATE TABLE myboxes (";
        assertTrue(CodeWordContext.mayEndStatementHead(sql, 0, sql.indexOf("myboxes")));
        assertTrue(CodeWordContext.afterStatementHead(sql, 0, sql.indexOf("myboxes")));
    }

    /** Compares at every position of {@code text}, lines as {@code codeWord} takes them; answers how many said yes. */
    private static int assertAgree(String text) {
        int yes = 0;
        for (int start = 0; start <= text.length(); start++) {
            int from = text.lastIndexOf('\n', start - 1) + 1;
            boolean old = oldAfterStatementHead(text, from, start);
            assertEquals(old, CodeWordContext.afterStatementHead(text, from, start), () -> "at " + text);
            if (old) {
                yes++;
            }
        }
        return yes;
    }
}
