package org.parley.launcher.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Strict UTF-8 from a stream that hands out every character before a malformed byte and only then fails, so the
 * records before it are read and the error is reported at its own line. ({@code Files.newBufferedReader} fails as
 * soon as its 8 KB buffer holds a bad byte, losing the good lines before it in that buffer.)
 */
final class Utf8Reader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private boolean endOfInput;
    private boolean flushed;
    private CoderResult error;

    Utf8Reader(InputStream in) {
        this.in = in;
    }

    static Utf8Reader open(Path file) throws IOException {
        return new Utf8Reader(Files.newInputStream(file));
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (true) {
            if (error != null) {
                if (out.position() > offset) {
                    return out.position() - offset;
                }
                error.throwException();
            }
            if (flushed) {
                return out.position() > offset ? out.position() - offset : -1;
            }
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                error = result;
                continue;
            }
            if (result.isOverflow()) {
                return out.position() - offset;
            }
            if (endOfInput) {
                decoder.flush(out);
                flushed = true;
                continue;
            }
            if (out.position() > offset) {
                return out.position() - offset;
            }
            bytes.compact();
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + read);
            }
            bytes.flip();
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
