package az.balans.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, byte for byte as given: the only client that sends what a careless
 * or hostile caller sends (control characters in a path or header, malformed escapes, a header of
 * any size), which every well-behaved client library refuses to send.
 */
final class RawHttp {

    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    private RawHttp() {}

    static Response send(
            int port, String method, String target, List<String[]> headers, byte[] body) {
        return send(port, method, target, headers, body, false);
    }

    /** As {@link #send}, the body in chunks of 8 KB with no length declared, as a streaming client sends one. */
    static Response sendChunked(
            int port, String method, String target, List<String[]> headers, byte[] body) {
        return send(port, method, target, headers, body, true);
    }

    private static Response send(
            int port,
            String method,
            String target,
            List<String[]> headers,
            byte[] body,
            boolean chunked) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes(
                    (method + " " + target + " HTTP/1.1\r\n").getBytes(StandardCharsets.UTF_8));
            request.writeBytes(
                    ("Host: 127.0.0.1:" + port + "\r\nConnection: close\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            for (String[] header : headers) {
                request.writeBytes(
                        (header[0] + ": " + header[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            if (body != null) {
                request.writeBytes(
                        (chunked
                                        ? "Transfer-Encoding: chunked\r\n"
                                        : "Content-Length: " + body.length + "\r\n")
                                .getBytes(StandardCharsets.UTF_8));
            }
            request.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            if (body != null && chunked) {
                for (int start = 0; start < body.length; start += 8192) {
                    int size = Math.min(8192, body.length - start);
                    request.writeBytes(
                            (Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.UTF_8));
                    request.write(body, start, size);
                    request.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
                }
                request.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.UTF_8));
            } else if (body != null) {
                request.writeBytes(body);
            }
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.toByteArray());
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before reading a large request whole; read what
                // it said
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "no HTTP answer to " + method + " " + abbreviate(target), e);
        }
    }

    private static Response read(InputStream in) throws IOException {
        byte[] raw = in.readAllBytes();
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            throw new IOException(
                    "the connection closed without a whole HTTP response ("
                            + raw.length
                            + " bytes)");
        }
        String[] lines = text.substring(0, headEnd).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, headEnd + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int position = 0;
        while (position < chunked.length) {
            int lineEnd = indexOfCrLf(chunked, position);
            if (lineEnd < 0) {
                break;
            }
            String sizeLine =
                    new String(chunked, position, lineEnd - position, StandardCharsets.ISO_8859_1);
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
            position = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOfCrLf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    static String abbreviate(String text) {
        return text.length() <= 120
                ? text
                : text.substring(0, 120) + "...(" + text.length() + " chars)";
    }
}
