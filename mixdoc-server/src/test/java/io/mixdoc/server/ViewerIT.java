package io.mixdoc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mixdoc.CleanText;
import io.mixdoc.Document;
import io.mixdoc.Edit;
import io.mixdoc.Layers;
import io.mixdoc.Mixdoc;
import io.mixdoc.json.ResultJson;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The viewer in a real headless Chromium (Debian's {@code /usr/bin/chromium} and {@code chromedriver};
 * nothing is downloaded). Fails, rather than skips, when the browser is missing: {@code .ci/run}
 * installs it.
 *
 * <p>The screenshot goes to {@code mixdoc-server/target/viewer.png}; it replaces the committed
 * {@code docs/viewer.png} only when that file is missing or with {@code -Dmixdoc.updateScreenshot=true},
 * so a test run does not dirty the work tree ({@link Chromium#screenshot}).
 */
class ViewerIT {
    /** This test's own reader of the JSON it checks (each module owns its mapper). */
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String TITLE = "mixdoc viewer";

    private static ViewerSession session;
    private static MixdocServer server;
    private static Chromium chrome;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        session = ViewerSession.start(java.util.Optional.empty());
        server = session.server;
        chrome = session.chrome;
        driver = chrome.driver;
    }

    @AfterAll
    static void stop() throws IOException {
        if (session != null) {
            session.close();
        }
    }

    @BeforeEach
    void openPage() {
        driver.get(server.url());
        assertEquals(TITLE, driver.getTitle());
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Puts {@code text} in the box as a paste would (typing 16k characters key by key is needlessly slow). */
    private static void paste(String text, String format) {
        WebElement box = driver.findElement(By.id("doc-input"));
        js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", box, text);
        js("document.getElementById('input-format').value = arguments[0];", format);
        driver.findElement(By.id("analyze-button")).click();
        awaitResult();
    }

    private static void awaitResult() {
        session.awaitReady();
    }

    private static String text(String id) {
        return String.valueOf(js("return document.getElementById(arguments[0]).textContent;", id));
    }

    private static void assertNoAlert() {
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), "an alert was opened");
    }

    @Test
    void seedShowsEverySeamSideBySideWithTheCleanedText() throws IOException {
        String seed = TestSupport.seed();
        JsonNode expected = ResultJson.toTree(Mixdoc.standard().run("doc", seed));
        paste(seed, "text");

        List<WebElement> heads = driver.findElements(By.cssSelector("#original .seam-head"));
        assertTrue(heads.size() >= 15, "seams highlighted: " + heads.size());
        assertEquals(expected.path("seams").size(), heads.size());
        assertFalse(driver.findElements(By.cssSelector("#original .lang-zh")).isEmpty());
        assertFalse(driver.findElements(By.cssSelector("#original .lang-en, #original [class*='lang-']:not(.lang-zh)")).isEmpty());
        // The panes show exactly the original and the server's cleaned text (code points, not UTF-16).
        assertEquals(seed, text("original"));
        assertEquals(expected.path("cleaned_text").asText(), text("cleaned"));
        assertEquals(expected.path("seams").size(), driver.findElements(By.cssSelector("#seams-table tbody tr")).size());
        // Optional panels appear exactly when the JSON carries them.
        for (String[] p : new String[][] {{"structure", "structure-panel"}, {"entities", "entities-panel"},
                {"quantities", "quantities-panel"}, {"dates", "dates-panel"}}) {
            assertEquals(expected.has(p[0]), driver.findElement(By.id(p[1])).isDisplayed(), p[1]);
        }

        // The two panes scroll together.
        js("var o = document.getElementById('original'); o.scrollTop = o.scrollHeight;");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> ((Number) js(
                "var c = document.getElementById('cleaned'); return c.scrollTop / (c.scrollHeight - c.clientHeight);"))
                .doubleValue() > 0.95);
        js("document.getElementById('original').scrollTop = 0;");

        // Select the first seam with the keyboard and look at its details.
        driver.findElement(By.tagName("body")).sendKeys("n");
        assertEquals("Seam 1 of " + heads.size(), driver.findElement(By.id("seam-detail-heading")).getText());
        assertEquals(expected.path("seams").get(0).path("type").asText(), driver.findElement(By.id("seam-type")).getText());
        screenshot();
    }

    @Test
    void rejectingAndAcceptingARepairTogglesItInTheCleanedView() {
        String seed = TestSupport.seed();
        Document doc = Mixdoc.standard().run("doc", seed);
        List<Edit> edits = doc.layer(Layers.EDIT).spans();
        assertFalse(edits.isEmpty());
        Edit first = edits.get(0);
        int seamIndex = -1;
        var seams = doc.layer(Layers.SEAM).spans();
        for (int i = 0; i < seams.size(); i++) {
            if (seams.get(i).start() == first.start() && seams.get(i).end() == first.end()) {
                seamIndex = i;
                break;
            }
        }
        assertTrue(seamIndex >= 0, "the first edit has no seam");
        paste(seed, "text");

        WebElement head = driver.findElement(By.cssSelector("#original .seam-head[data-seam='" + seamIndex + "']"));
        head.sendKeys(Keys.ENTER); // keyboard: focus the seam and press Enter
        assertEquals(first.replacement(), driver.findElement(By.id("seam-repair")).getText());
        driver.findElement(By.id("seam-reject")).click();

        List<Edit> rest = new ArrayList<>(edits.subList(1, edits.size()));
        assertEquals(CleanText.of(seed, rest).text(), text("cleaned"));
        assertEquals(CleanText.of(seed, rest).text(), js("return mixdocViewer.cleanedText();"));
        assertTrue(driver.findElement(By.id("seam-state")).getText().contains("rejected"));

        driver.findElement(By.tagName("body")).sendKeys("a"); // accept again from the keyboard
        assertEquals(CleanText.of(seed, edits).text(), text("cleaned"));

        driver.findElement(By.id("reject-all")).click();
        assertEquals(seed, text("cleaned"));
        driver.findElement(By.id("accept-all")).click();
        assertEquals(0, driver.findElements(By.cssSelector("#seams-table td.seam-state"))
                .stream().filter(td -> td.getText().equals("rejected")).count());
    }

    @Test
    void hostileDocumentIsShownAsTextAndRunsNoScript() throws InterruptedException {
        String hostile = "标题 Title\n<img src=x onerror=\"document.title='pwned';alert(1)\">\n"
                + "<script>document.title='pwned';alert(2)</script>\n"
                + "<a href=\"javascript:document.title='pwned'\">点击 click</a> <svg onload=\"alert(3)\"></svg>\n"
                + "<iframe src=\"javascript:alert(4)\"></iframe> he said documentannouncement 然后.\n";
        paste(hostile, "text");
        Thread.sleep(500); // give a broken image's onerror time to fire, were there one
        assertEquals(TITLE, driver.getTitle());
        assertNoAlert();
        assertEquals(hostile, text("original"));
        assertTrue(driver.findElements(By.cssSelector("#result img, #result script, #result a, #result svg, #result iframe")).isEmpty());

        // The Content-Security-Policy is in force: an inline script injected into the page does not run.
        js("var s = document.createElement('script'); s.textContent = \"document.title = 'inline ran'\";"
                + " document.body.appendChild(s);");
        Thread.sleep(200);
        assertEquals(TITLE, driver.getTitle());

        // The same markup as HTML input: the server reduces it to text; still nothing runs.
        paste("<html><body><p>正文 body</p>" + hostile + "</body></html>", "html");
        Thread.sleep(500);
        assertEquals(TITLE, driver.getTitle());
        assertNoAlert();
        assertTrue(driver.findElements(By.cssSelector("#result img, #result script, #result svg, #result iframe")).isEmpty());
    }

    @Test
    void uploadedFileIsAnalysed() {
        Path seed = TestSupport.root().resolve(TestSupport.SEED);
        driver.findElement(By.id("file-input")).sendKeys(seed.toString());
        awaitResult();
        assertEquals("(000_dc618c4d89af0b6a)", driver.findElement(By.id("doc-id")).getText());
        assertTrue(driver.findElements(By.cssSelector("#original .seam-head")).size() >= 15);
    }

    @Test
    void badInputShowsTheErrorCode() {
        WebElement box = driver.findElement(By.id("doc-input"));
        js("arguments[0].value = '<html><body></body></html>';", box);
        js("document.getElementById('input-format').value = 'html';");
        driver.findElement(By.id("analyze-button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "error".equals(js("return document.body.dataset.state;")));
        assertTrue(driver.findElement(By.id("status")).getText().startsWith("E_EMPTY"), driver.findElement(By.id("status")).getText());
    }

    /** Structure and fact sections (added by other modules) render when present, from offsets alone. */
    @Test
    void structureEntitiesQuantitiesAndDatesRenderWhenPresent() {
        String text = "北京电 记者 王明\n主持人: 你好 Liu Jiangping!\n刘江平: 我们增长了约 5% 在 2023年10月.\n图为会场。\n责任编辑: 张三 𠮷";
        ObjectNode r = ResultJson.toTree(Mixdoc.standard().run("fixture", text));
        int[] cps = text.codePoints().toArray();
        String asCp = new String(cps, 0, cps.length);
        ObjectNode st = r.putObject("structure");
        st.set("dateline", span(asCp, "北京电"));
        st.set("byline", span(asCp, "记者 王明"));
        st.set("end_mark", span(asCp, "责任编辑: 张三"));
        ArrayNode turns = st.putArray("turns");
        turns.add(span(asCp, "主持人: 你好 Liu Jiangping!").put("role", "host").put("speaker", "主持人"));
        turns.add(span(asCp, "刘江平: 我们增长了约 5% 在 2023年10月.").put("role", "guest").put("speaker", "刘江平"));
        st.putArray("captions").add(span(asCp, "图为会场。"));
        st.putArray("boilerplate").add(span(asCp, "责任编辑: 张三").put("kind", "editor"));
        ObjectNode person = r.putArray("entities").addObject().put("type", "PERSON");
        person.putObject("names").putArray("zh").add("刘江平");
        person.with("names").putArray("en").add("Liu Jiangping");
        ArrayNode mentions = person.putArray("mentions");
        mentions.add(span(asCp, "Liu Jiangping").put("text", "Liu Jiangping").put("lang", "en"));
        mentions.add(span(asCp, "刘江平:").put("text", "刘江平").put("lang", "zh"));
        r.putArray("quantities").add(span(asCp, "约 5%").put("value", 5).put("unit", "%").put("approx", true));
        r.putArray("dates").add(span(asCp, "2023年10月").put("value", "2023-10"));

        js("mixdocViewer.show(arguments[0]);", r.toString());
        assertEquals(text, text("original").replace("主持人 · host", "").replace("刘江平 · guest", ""));
        assertEquals(2, driver.findElements(By.cssSelector("#original .speaker-badge")).size());
        assertEquals("主持人 · host", driver.findElements(By.cssSelector("#original .speaker-badge")).get(0).getText());
        assertEquals("责任编辑: 张三", joined("#original .boilerplate"));
        assertEquals("图为会场。", joined("#original .caption"));
        assertEquals("约 5%", joined("#original .quantity"));
        assertEquals("2023年10月", joined("#original .date"));
        for (String panel : List.of("structure-panel", "entities-panel", "quantities-panel", "dates-panel")) {
            assertTrue(driver.findElement(By.id(panel)).isDisplayed(), panel);
        }
        String entityRow = driver.findElement(By.cssSelector("#entities-table tbody tr")).getText();
        assertTrue(entityRow.contains("PERSON") && entityRow.contains("刘江平") && entityRow.contains("Liu Jiangping"), entityRow);
        assertTrue(driver.findElement(By.id("structure-body")).getText().contains("北京电"));
        assertTrue(driver.findElement(By.cssSelector("#quantities-table tbody")).getText().contains("约 5%"));
        // A character outside the BMP (two UTF-16 units, one code point) survives whole at the end.
        assertTrue(text("original").endsWith("𠮷"));
        assertNotEquals(0, driver.findElements(By.cssSelector("#original .entity")).size());
    }

    private static String joined(String css) {
        StringBuilder b = new StringBuilder();
        driver.findElements(By.cssSelector(css)).forEach(e -> b.append(e.getText()));
        return b.toString();
    }

    /** A {start, end} object in code points for the first occurrence of {@code part}. */
    private static ObjectNode span(String text, String part) {
        int at = text.indexOf(part);
        assertTrue(at >= 0, part);
        int start = text.codePointCount(0, at);
        ObjectNode o = JSON.createObjectNode();
        o.put("start", start);
        o.put("end", start + part.codePointCount(0, part.length()));
        return o;
    }

    private static void screenshot() throws IOException {
        js("document.getElementById('result').scrollIntoView({block: 'start'});");
        chrome.screenshot("viewer.png");
    }

}
