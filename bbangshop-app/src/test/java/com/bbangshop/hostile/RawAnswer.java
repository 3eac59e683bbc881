package com.bbangshop.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP/1.1 answer read off a plain socket, for requests an HTTP client will not send: a body announced but never
 * sent, a chunked body that never ends. The request is written as given and left open; the answer must come anyway.
 */
record RawAnswer(int status, Map<String, List<String>> headers, String body) {

    private static final int ANSWER_WITHIN_MILLIS = 15_000;

    String header(String name) {
        List<String> values = headers.get(name);
        return values == null ? null : values.get(0);
    }

    static RawAnswer exchange(int port, String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(ANSWER_WITHIN_MILLIS);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            String statusLine = line(in);
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.computeIfAbsent(header.substring(0, colon).trim(), name -> new ArrayList<>())
                        .add(header.substring(colon + 1).trim());
            }
            String body = headers.containsKey("Content-Length")
                    ? new String(in.readNBytes(Integer.parseInt(headers.get("Content-Length").get(0))),
                    StandardCharsets.UTF_8)
                    : headers.containsKey("Transfer-Encoding") ? chunked(in)
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new RawAnswer(Integer.parseInt(statusLine.split(" ")[1]), headers, body);
        }
    }

    private static String chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
            body.write(in.readNBytes(size));
            line(in);
        }
        return body.toString(StandardCharsets.UTF_8);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new IOException("the connection closed in the middle of the answer: " + line);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
