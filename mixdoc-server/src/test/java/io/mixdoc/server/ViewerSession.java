package io.mixdoc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mixdoc.Mixdoc;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A {@code mixdoc serve} on loopback and a headless Chromium for the viewer's browser tests, started and
 * closed together. The dictionaries of the reading aid (which the viewer asks for) are loaded before the
 * server starts, as {@code mixdoc serve} does: a cold first analysis may pass the time limit on a busy machine.
 */
final class ViewerSession implements AutoCloseable {
    final MixdocServer server;
    final Chromium chrome;

    private ViewerSession(MixdocServer server, Chromium chrome) {
        this.server = server;
        this.chrome = chrome;
    }

    /** A session whose server serves the documents under {@code root}, if one is given. */
    static ViewerSession start(Optional<Path> root) throws IOException {
        Mixdoc.standardWithGloss().run("warm-up", "预热 warm-up.");
        MixdocServer server = MixdocServer.start(TestSupport.loopback(), Mixdoc.standard(), root);
        try {
            return new ViewerSession(server, Chromium.start());
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Waits until the page has shown a result or an error, and fails with the page's status on an error. */
    void awaitReady() {
        new WebDriverWait(chrome.driver, Duration.ofSeconds(90)).until(d ->
                List.of("ready", "error").contains(String.valueOf(chrome.js("return document.body.dataset.state;"))));
        assertEquals("ready", chrome.js("return document.body.dataset.state;"),
                () -> "the page reported: " + chrome.driver.findElement(By.id("status")).getText());
    }

    @Override
    public void close() throws IOException {
        try {
            chrome.close();
        } finally {
            server.close();
        }
    }
}
