package io.mixdoc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {
    @Test
    void defaultsBindLoopbackWithAFewMegabytesAndATimeLimit() {
        ServerSettings s = ServerSettings.defaults();
        assertEquals("127.0.0.1", s.host());
        assertTrue(MixdocServer.isLoopback(s.host()));
        assertEquals(4L * 1024 * 1024, s.maxBodyBytes());
        assertTrue(s.timeLimit().compareTo(Duration.ZERO) > 0);
        assertTrue(s.workers() >= 1);
    }

    @Test
    void badValuesThrowWhenSetNotWhenUsed() {
        ServerSettings s = ServerSettings.defaults();
        assertThrows(IllegalArgumentException.class, () -> s.withPort(70000));
        assertThrows(IllegalArgumentException.class, () -> s.withPort(-1));
        assertThrows(IllegalArgumentException.class, () -> s.withMaxBodyBytes(0));
        assertThrows(IllegalArgumentException.class, () -> s.withMaxBodyBytes(ServerSettings.MAX_BODY_CEILING + 1));
        assertThrows(IllegalArgumentException.class, () -> s.withTimeLimit(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> s.withWorkers(0));
        assertThrows(IllegalArgumentException.class, () -> s.withHost(" "));
        assertThrows(NullPointerException.class, () -> s.withTimeLimit(null));
    }

    @Test
    void wildcardAndRemoteAddressesAreNotLoopback() {
        assertTrue(MixdocServer.isLoopback("localhost"));
        assertTrue(MixdocServer.isLoopback("::1"));
        assertFalse(MixdocServer.isLoopback("0.0.0.0"));
        assertFalse(MixdocServer.isLoopback("192.0.2.1"));
    }
}
