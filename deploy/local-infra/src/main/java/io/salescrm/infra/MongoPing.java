package io.salescrm.infra;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends {@code {ping: 1}} to a MongoDB wire-protocol server over a plain socket (one OP_MSG) and reads
 * {@code ok} from the reply. Checks the server the way a client sees it, without pulling a driver (and its
 * monitoring threads) into the infra process.
 */
final class MongoPing {

    private static final int OP_MSG = 2013;
    private static final AtomicInteger REQUEST_IDS = new AtomicInteger(1);

    private MongoPing() {
    }

    /** @return true if the server answered the ping with ok: 1 within the timeout */
    static boolean ping(String host, int port, int timeoutMs) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMs);
            socket.setSoTimeout(timeoutMs);
            byte[] body = pingCommand();
            ByteBuffer msg = ByteBuffer.allocate(16 + 4 + 1 + body.length).order(ByteOrder.LITTLE_ENDIAN);
            msg.putInt(msg.capacity()).putInt(REQUEST_IDS.getAndIncrement()).putInt(0).putInt(OP_MSG);
            msg.putInt(0);          // flagBits
            msg.put((byte) 0);      // section kind 0: the command document
            msg.put(body);
            OutputStream out = socket.getOutputStream();
            out.write(msg.array());
            out.flush();

            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte[] header = new byte[16];
            in.readFully(header);
            ByteBuffer h = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
            int length = h.getInt();
            h.getInt();
            h.getInt();
            int opCode = h.getInt();
            if (opCode != OP_MSG || length < 16 + 5 + 5 || length > 16 * 1024 * 1024) {
                return false;
            }
            byte[] rest = new byte[length - 16];
            in.readFully(rest);
            ByteBuffer r = ByteBuffer.wrap(rest).order(ByteOrder.LITTLE_ENDIAN);
            r.getInt();             // flagBits
            if (r.get() != 0) {
                return false;
            }
            return okField(r) == 1.0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** BSON of {@code {ping: 1, $db: "admin"}}. */
    private static byte[] pingCommand() {
        ByteArrayOutputStream elements = new ByteArrayOutputStream();
        elements.write(0x10);
        cstring(elements, "ping");
        int32(elements, 1);
        elements.write(0x02);
        cstring(elements, "$db");
        byte[] admin = "admin".getBytes(StandardCharsets.UTF_8);
        int32(elements, admin.length + 1);
        elements.writeBytes(admin);
        elements.write(0);
        ByteArrayOutputStream doc = new ByteArrayOutputStream();
        int32(doc, 4 + elements.size() + 1);
        doc.writeBytes(elements.toByteArray());
        doc.write(0);
        return doc.toByteArray();
    }

    /** Reads the top-level "ok" field of the BSON document at the buffer's position; NaN if absent. */
    private static double okField(ByteBuffer r) {
        int start = r.position();
        int docLength = r.getInt();
        int end = start + docLength - 1;
        while (r.position() < end) {
            byte type = r.get();
            String name = readCString(r);
            boolean ok = name.equals("ok");
            switch (type) {
                case 0x01 -> { double d = r.getDouble(); if (ok) return d; }
                case 0x10 -> { int i = r.getInt(); if (ok) return i; }
                case 0x12 -> { long l = r.getLong(); if (ok) return l; }
                case 0x08 -> { byte b = r.get(); if (ok) return b; }
                case 0x02, 0x0D, 0x0E -> r.position(r.position() + r.getInt());
                case 0x03, 0x04 -> r.position(r.position() + r.getInt() - 4);
                case 0x05 -> r.position(r.position() + r.getInt() + 1);
                case 0x07 -> r.position(r.position() + 12);
                case 0x09, 0x11 -> r.position(r.position() + 8);
                case 0x0A, 0x06, (byte) 0xFF, 0x7F -> { }
                case 0x13 -> r.position(r.position() + 16);
                default -> { return Double.NaN; }
            }
        }
        return Double.NaN;
    }

    private static String readCString(ByteBuffer r) {
        int from = r.position();
        while (r.get() != 0) {
            // scan to the terminator
        }
        return new String(r.array(), from, r.position() - from - 1, StandardCharsets.UTF_8);
    }

    private static void cstring(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        out.write(0);
    }

    private static void int32(ByteArrayOutputStream out, int v) {
        out.write(v & 0xFF);
        out.write((v >>> 8) & 0xFF);
        out.write((v >>> 16) & 0xFF);
        out.write((v >>> 24) & 0xFF);
    }
}
