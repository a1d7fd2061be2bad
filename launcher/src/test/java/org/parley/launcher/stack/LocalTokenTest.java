package org.parley.launcher.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalTokenTest {

    @TempDir
    Path state;

    @Test
    void theFirstStartMakesARandomOwnerOnlyTokenFileAndLaterStartsReuseIt() throws Exception {
        LocalToken first = LocalToken.resolve(state.resolve(".parley"), null);

        Path file = state.resolve(".parley/token");
        assertEquals(file, first.file());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(first.value().length() >= 40, first.value());
        assertEquals(first, LocalToken.resolve(state.resolve(".parley"), null));
        assertNotEquals(first.value(), LocalToken.resolve(state.resolve("other"), null).value());
        assertEquals("$(cat " + file + ")", first.shellExpression());
    }

    @Test
    void aTokenFileOthersCouldReadIsMadeOwnerOnly() throws Exception {
        LocalToken.resolve(state, null);
        Path file = state.resolve("token");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        LocalToken.resolve(state, null);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void parleyTokenOverridesTheFile() {
        LocalToken.resolve(state, null);

        LocalToken token = LocalToken.resolve(state, "  my-own-token-of-some-length \n");

        assertEquals("my-own-token-of-some-length", token.value());
        assertNull(token.file());
        assertEquals("$PARLEY_TOKEN", token.shellExpression());
    }

    @Test
    void aTokenTheServicesWouldRefuseStopsTheLauncherFirst() {
        IllegalStateException tooShort = assertThrows(IllegalStateException.class,
                () -> LocalToken.resolve(state, "short"));
        assertTrue(tooShort.getMessage().contains("PARLEY_TOKEN"), tooShort.getMessage());
    }
}
