package io.salescrm.pipeline.leadimport.job;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Fails reading when more than {@code maxChars} characters are read since the last {@link #nextRow()}, so a row
 * without an end (e.g. an unclosed quote) can never fill the memory. The parser reads ahead by its buffer, so the
 * bound is approximate by a few kilobytes.
 */
class RowLengthGuard extends FilterReader {

    static class RowTooLongException extends IOException {
        RowTooLongException(int maxChars) {
            super("a row is longer than " + maxChars + " characters");
        }
    }

    /** What the parser's buffer may have read of the next rows. */
    private static final long READ_AHEAD = 8192;

    private final int maxChars;
    private long sinceRowStart;

    RowLengthGuard(Reader in, int maxChars) {
        super(in);
        this.maxChars = maxChars;
    }

    void nextRow() {
        sinceRowStart = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count(1);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws RowTooLongException {
        sinceRowStart += n;
        if (sinceRowStart > maxChars + READ_AHEAD) {
            throw new RowTooLongException(maxChars);
        }
    }
}
