package org.parley.launcher.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The write token of a local stack: {@code PARLEY_TOKEN} when set ({@code file} is then null), else the {@code file}
 * {@code token} in the state directory, made with a random value (owner-only, mode 600) on first start.
 */
public record LocalToken(String value, Path file) {

    /** The environment variable that overrides the token file. */
    public static final String ENVIRONMENT = "PARLEY_TOKEN";
    /** The services refuse shorter tokens. */
    static final int MIN_LENGTH = 16;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** The token for a stack keeping its state in {@code stateDirectory}. */
    public static LocalToken resolve(Path stateDirectory) {
        return resolve(stateDirectory, System.getenv(ENVIRONMENT));
    }

    static LocalToken resolve(Path stateDirectory, String fromEnvironment) {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return checked(fromEnvironment.strip(), null);
        }
        Path file = stateDirectory.resolve("token");
        try {
            Files.createDirectories(stateDirectory);
            try {
                create(file);
                Files.writeString(file, random() + "\n", StandardCharsets.UTF_8);
            } catch (FileAlreadyExistsException kept) {
                ownerOnly(file);
            }
            return checked(Files.readString(file, StandardCharsets.UTF_8).strip(), file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the write token " + file, e);
        }
    }

    /** Where the token comes from, for people. */
    public String source() {
        return file == null ? "the environment variable " + ENVIRONMENT : file.toString();
    }

    /** A shell expression for the token that does not print it, e.g. {@code $(cat .parley/token)}. */
    public String shellExpression() {
        return file == null ? "$" + ENVIRONMENT : "$(cat " + file + ")";
    }

    private static void create(Path file) throws IOException {
        try {
            // created with its permissions, so the token is never readable by others, not even for a moment
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user's profile folder is private already
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static LocalToken checked(String value, Path file) {
        LocalToken token = new LocalToken(value, file);
        if (value.length() < MIN_LENGTH) {
            throw new IllegalStateException("The write token from " + token.source() + " is shorter than "
                    + MIN_LENGTH + " characters");
        }
        return token;
    }
}
