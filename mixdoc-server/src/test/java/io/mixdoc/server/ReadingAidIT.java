package io.mixdoc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mixdoc.Mixdoc;
import io.mixdoc.json.ResultJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reading aid and the viewer's polish in a real headless Chromium: popups on hover and focus,
 * keyboard moves between words, the pinyin (ruby) toggle, entities' linked names, the sortable seam
 * table, copying the cleaned text, and documents opened by URL from {@code --root}. After each test
 * the console has no errors and no request left the machine.
 */
class ReadingAidIT {
    static final String TEXT = "我们在银行工作。He said the 中国 economy grew 5% in 2023, and andCentral Asia too.\n"
            + "刘江平说: Liu Jiangping will visit 北京 next week.\n";

    @TempDir
    static Path folder;
    private static ViewerSession session;
    private static MixdocServer server;
    private static Chromium chrome;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(folder.resolve("article.txt"), TEXT);
        Files.writeString(folder.resolve("corpus.jsonl"), "{\"text\": \"first record 第一\"}\n{\"text\": \"" + TEXT.replace("\n", "\\n") + "\"}\n");
        Files.writeString(folder.getParent().resolve("outside-" + folder.getFileName() + ".txt"), "secret 秘密");
        session = ViewerSession.start(Optional.of(folder));
        server = session.server;
        chrome = session.chrome;
    }

    @AfterAll
    static void stop() throws IOException {
        if (session != null) {
            session.close();
        }
    }

    @BeforeEach
    void clearLogs() {
        chrome.driver.get(server.url());
        chrome.consoleErrors();
        chrome.requestedUrls();
    }

    private void analyse(String text) {
        chrome.js("document.getElementById('doc-input').value = arguments[0];", text);
        chrome.driver.findElement(By.id("analyze-button")).click();
        awaitReady();
    }

    private void awaitReady() {
        session.awaitReady();
    }

    private WebElement popup() {
        return chrome.driver.findElement(By.id("gloss-popup"));
    }

    private void assertQuietAndLocal() {
        assertEquals(List.of(), chrome.consoleErrors(), "console errors");
        List<String> urls = chrome.requestedUrls();
        assertFalse(urls.isEmpty(), "the network log is on");
        assertTrue(urls.stream().allMatch(Chromium::local), "requests leaving the machine: " + urls);
        assertTrue(chrome.resourceEntries().stream().allMatch(Chromium::local), chrome.resourceEntries().toString());
    }

    @Test
    void pageLoadsWithoutConsoleErrors() {
        // The favicon request used to 404 on every load.
        chrome.driver.get(server.url());
        assertQuietAndLocal();
    }

    @Test
    void hoveringAndFocusingAWordShowsItsPinyinAndSenses() {
        JsonNode expected = ResultJson.toTree(Mixdoc.standardWithGloss().run("doc", TEXT));
        analyse(TEXT);
        List<WebElement> words = chrome.driver.findElements(By.cssSelector("#original .word"));
        assertEquals(expected.path("gloss").size(), words.size());
        // The panes still hold exactly the text: the reading aid adds no characters.
        assertEquals(TEXT, chrome.js("return document.getElementById('original').textContent;"));

        WebElement bank = words.stream().filter(w -> w.getText().equals("银行")).findFirst().orElseThrow();
        new Actions(chrome.driver).moveToElement(bank).perform();
        new WebDriverWait(chrome.driver, Duration.ofSeconds(20)).until(d -> popup().isDisplayed());
        assertTrue(popup().getText().contains("yín háng"), popup().getText());
        assertTrue(popup().getText().contains("bank"), popup().getText());
        assertTrue(bank.getAttribute("aria-label").startsWith("银行, yín háng: bank"), bank.getAttribute("aria-label"));
        assertEquals("gloss-popup", bank.getAttribute("aria-describedby"));
        new Actions(chrome.driver).moveToElement(chrome.driver.findElement(By.id("result-heading"))).perform();
        new WebDriverWait(chrome.driver, Duration.ofSeconds(20)).until(d -> !popup().isDisplayed());

        // Keyboard: one tab stop for the words, arrows move between them, Escape closes the popup.
        chrome.js("document.getElementById('original').focus();");
        new Actions(chrome.driver).sendKeys(Keys.TAB).perform();
        WebElement focused = chrome.driver.switchTo().activeElement();
        assertEquals("我们", focused.getText());
        assertTrue(popup().isDisplayed() && popup().getText().contains("wǒ men"), popup().getText());
        focused.sendKeys(Keys.ARROW_RIGHT);
        assertEquals("在", chrome.driver.switchTo().activeElement().getText());
        focused = chrome.driver.switchTo().activeElement();
        focused.sendKeys(Keys.ARROW_RIGHT);
        assertEquals("银行", chrome.driver.switchTo().activeElement().getText());
        assertTrue(popup().getText().contains("yín háng"), popup().getText());
        chrome.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertFalse(popup().isDisplayed());
        assertEquals(1L, chrome.js("return document.querySelectorAll('#original .word[tabindex=\"0\"]').length;"));
        assertQuietAndLocal();
    }

    @Test
    void theRubyToggleShowsPinyinAboveEveryWord() throws IOException {
        analyse(TEXT);
        WebElement toggle = chrome.driver.findElement(By.id("ruby-toggle"));
        assertEquals("false", toggle.getAttribute("aria-pressed"));
        WebElement bank = chrome.driver.findElements(By.cssSelector("#original .word")).stream()
                .filter(w -> w.getText().equals("银行")).findFirst().orElseThrow();
        String before = String.valueOf(chrome.js("return getComputedStyle(arguments[0], '::before').content;", bank));
        assertTrue(before.equals("none") || before.equals("normal"), before);
        toggle.click();
        assertEquals("true", toggle.getAttribute("aria-pressed"));
        assertEquals("\"yín háng\"", chrome.js("return getComputedStyle(arguments[0], '::before').content;", bank));
        // Ruby is drawn, not inserted: the text (and a copy of it) is unchanged.
        assertEquals(TEXT, chrome.js("return document.getElementById('original').textContent;"));
        new Actions(chrome.driver).moveToElement(bank).perform();
        new WebDriverWait(chrome.driver, Duration.ofSeconds(20)).until(d -> popup().isDisplayed());
        chrome.js("document.getElementById('result').scrollIntoView({block: 'start'});");
        new Actions(chrome.driver).moveToElement(bank).perform();
        chrome.screenshot("reading-aid.png");
        toggle.click();
        assertEquals("false", toggle.getAttribute("aria-pressed"));
        assertQuietAndLocal();
    }

    @Test
    void entitiesShowTheirLinkedNameInTheOtherLanguage() {
        ObjectNode r = ResultJson.toTree(Mixdoc.standardWithGloss().run("fixture", TEXT));
        if (!r.has("entities")) {
            // The facts module is not on the server's class path: add the entity the way it would.
            ObjectNode person = r.putArray("entities").addObject().put("type", "PERSON");
            person.putObject("names").putArray("zh").add("刘江平");
            person.with("names").putArray("en").add("Liu Jiangping");
            int zh = TEXT.indexOf("刘江平");
            int en = TEXT.indexOf("Liu Jiangping");
            person.putArray("mentions").addObject().put("start", zh).put("end", zh + 3).put("lang", "zh");
            person.withArray("mentions").addObject().put("start", en).put("end", en + 13).put("lang", "en");
        }
        chrome.js("mixdocViewer.show(arguments[0]);", r.toString());
        WebElement liu = chrome.driver.findElements(By.cssSelector("#original .word")).stream()
                .filter(w -> w.getText().startsWith("刘")).findFirst().orElseThrow();
        new Actions(chrome.driver).moveToElement(liu).perform();
        new WebDriverWait(chrome.driver, Duration.ofSeconds(20)).until(d -> popup().isDisplayed());
        assertTrue(popup().getText().contains("PERSON · Liu Jiangping"), popup().getText());
        // The English mention is reachable by keyboard and names the Chinese.
        WebElement english = chrome.driver.findElement(By.cssSelector("#original .entity[tabindex='0'][data-mention-lang='en']"));
        english.sendKeys(Keys.NULL);
        chrome.js("arguments[0].focus();", english);
        assertTrue(popup().getText().contains("刘江平"), popup().getText());
        assertTrue(english.getAttribute("aria-label").contains("also 刘江平"), english.getAttribute("aria-label"));
    }

    @Test
    void theSeamTableSortsByAnyColumn() {
        analyse(TestSupport.seed());
        List<String> types = column(2);
        assertTrue(types.size() >= 15);
        chrome.driver.findElement(By.cssSelector("#seams-table th[data-sort='type'] button")).click();
        List<String> sorted = column(2);
        assertEquals(types.stream().sorted().toList(), sorted);
        assertEquals("ascending", chrome.driver.findElement(By.cssSelector("#seams-table th[data-sort='type']")).getAttribute("aria-sort"));
        chrome.driver.findElement(By.cssSelector("#seams-table th[data-sort='type'] button")).click();
        assertEquals(types.stream().sorted(java.util.Comparator.reverseOrder()).toList(), column(2));
        assertEquals("descending", chrome.driver.findElement(By.cssSelector("#seams-table th[data-sort='type']")).getAttribute("aria-sort"));
        chrome.driver.findElement(By.cssSelector("#seams-table th[data-sort='confidence'] button")).click();
        List<Double> conf = column(5).stream().map(Double::parseDouble).toList();
        assertEquals(conf.stream().sorted().toList(), conf);
        assertQuietAndLocal();
    }

    private List<String> column(int n) {
        return chrome.driver.findElements(By.cssSelector("#seams-table tbody tr td:nth-child(" + n + ")")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void theCleanedTextCopiesAsPlainText() {
        String seed = TestSupport.seed();
        String cleaned = ResultJson.toTree(Mixdoc.standard().run("doc", seed)).path("cleaned_text").asText();
        analyse(seed);
        chrome.js("window.copied = null; navigator.clipboard.writeText = function (t) { window.copied = t; return Promise.resolve(); };");
        chrome.driver.findElement(By.id("copy-cleaned")).click();
        new WebDriverWait(chrome.driver, Duration.ofSeconds(20)).until(d -> chrome.js("return window.copied;") != null);
        assertEquals(cleaned, chrome.js("return window.copied;"));
        // Selecting the whole pane and copying gives its text only, no markup.
        Object copied = chrome.js("var c = document.getElementById('cleaned'); var r = document.createRange(); r.selectNodeContents(c);"
                + " var s = window.getSelection(); s.removeAllRanges(); s.addRange(r);"
                + " var dt = new DataTransfer(); c.dispatchEvent(new ClipboardEvent('copy', {clipboardData: dt, bubbles: true, cancelable: true}));"
                + " return [dt.getData('text/plain'), dt.getData('text/html')];");
        assertEquals(List.of(cleaned, ""), copied);
    }

    @Test
    void aDocumentOpensByUrlFromTheRootFolderOnly() {
        chrome.driver.get(server.url() + "?doc=corpus.jsonl&record=1");
        awaitReady();
        assertTrue(chrome.driver.findElement(By.id("doc-id")).getText().endsWith("corpus.jsonl#2)"));
        assertEquals(TEXT, chrome.js("return document.getElementById('original').textContent;"));
        assertFalse(chrome.driver.findElements(By.cssSelector("#original .word")).isEmpty());
        assertQuietAndLocal();

        chrome.driver.get(server.url() + "?doc=article.txt");
        awaitReady();
        assertEquals(TEXT, chrome.js("return document.getElementById('original').textContent;"));

        String outside = "../outside-" + folder.getFileName() + ".txt";
        chrome.driver.get(server.url() + "?doc=" + java.net.URLEncoder.encode(outside, java.nio.charset.StandardCharsets.UTF_8));
        new WebDriverWait(chrome.driver, Duration.ofSeconds(30)).until(d -> "error".equals(chrome.js("return document.body.dataset.state;")));
        String status = chrome.driver.findElement(By.id("status")).getText();
        assertTrue(status.startsWith("E_BAD_REQUEST") && status.contains("outside"), status);
        assertFalse(chrome.driver.getPageSource().contains("secret"));
        chrome.consoleErrors(); // the refused fetch logs its 400
    }
}
