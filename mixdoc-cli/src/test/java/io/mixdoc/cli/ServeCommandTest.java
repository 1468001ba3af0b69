package io.mixdoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTest {
    @Test
    void sizesAndDurationsParseOrFailWithAReason() {
        assertEquals(4L * 1024 * 1024, ServeCommand.parseSize("4MB"));
        assertEquals(512L * 1024, ServeCommand.parseSize("512kb"));
        assertEquals(1000, ServeCommand.parseSize("1000"));
        assertEquals(2048, ServeCommand.parseSize("2KiB"));
        assertThrows(IllegalArgumentException.class, () -> ServeCommand.parseSize("lots"));
        assertEquals(Duration.ofMillis(250), ServeCommand.parseDuration("250ms"));
        assertEquals(Duration.ofSeconds(20), ServeCommand.parseDuration("20s"));
        assertEquals(Duration.ofMinutes(2), ServeCommand.parseDuration("2m"));
        assertThrows(IllegalArgumentException.class, () -> ServeCommand.parseDuration("soon"));
    }

    @Test
    void badOptionsAreUsageErrors() {
        StringWriter err = new StringWriter();
        CommandLine cl = MixdocCli.commandLine();
        cl.setErr(new PrintWriter(err));
        assertEquals(MixdocCli.EXIT_USAGE, cl.execute("serve", "--port", "99999"));
        assertTrue(err.toString().contains("port"), err.toString());
        assertEquals(MixdocCli.EXIT_USAGE, cl.execute("serve", "--time-limit", "0s"));
        assertEquals(MixdocCli.EXIT_USAGE, cl.execute("serve", "--max-body", "huge"));
    }

    @Test
    void servesOnLoopbackUntilStopped() throws Exception {
        ServeCommand command = new ServeCommand();
        CommandLine cl = new CommandLine(command);
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        int[] exit = {-1};
        Thread t = new Thread(() -> exit[0] = cl.execute("--port", "0", "--time-limit", "10s"));
        t.start();
        Matcher m = null;
        for (int i = 0; i < 200 && (m == null || !m.find()); i++) {
            Thread.sleep(50);
            m = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+/)").matcher(out.toString());
        }
        assertTrue(m != null && m.find(0), "no address printed: " + out);
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(m.group(1) + "v1/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"time_limit_ms\":10000"), health.body());
        command.stop.countDown();
        t.join(TimeUnit.SECONDS.toMillis(20));
        assertEquals(0, exit[0]);
    }
}
