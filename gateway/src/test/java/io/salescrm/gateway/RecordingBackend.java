package io.salescrm.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP backend on a free port (JDK HttpServer) standing in for a CRM service: records what it receives and
 * answers 200 JSON; {@code ?sleepMs=N} makes it wait N ms before answering. As sales-org it also serves a JWKS
 * ({@code /.well-known/jwks.json}) and exchanges personal API tokens ({@code POST /auth/token-exchange}); those
 * calls are not in {@link #next()} but in {@link #nextExchange()}.
 */
final class RecordingBackend implements AutoCloseable {

    /** One request as the backend saw it. Header names are lower-cased. */
    record Received(String method, String path, String query, Map<String, List<String>> headers, String body) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase());
            return values == null || values.isEmpty() ? null : String.join(",", values);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<Received> exchanges = new LinkedBlockingQueue<>();
    private final Map<String, Supplier<String>> personalTokens = new ConcurrentHashMap<>();
    private final AtomicInteger jwksRequests = new AtomicInteger();
    private volatile Supplier<String> jwks = () -> "{\"keys\":[]}";

    RecordingBackend() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next request the backend received, waiting up to 5 s for it. */
    Received next() throws InterruptedException {
        Received r = received.poll(5, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("backend received no request");
        }
        return r;
    }

    void clear() {
        received.clear();
        exchanges.clear();
    }

    /** What {@code /.well-known/jwks.json} answers from now on. */
    void serveJwks(Supplier<String> jwks) {
        this.jwks = jwks;
    }

    int jwksRequests() {
        return jwksRequests.get();
    }

    /** The token exchange accepts {@code personalToken} and answers with an access token from {@code accessToken}. */
    void acceptPersonalToken(String personalToken, Supplier<String> accessToken) {
        personalTokens.put(personalToken, accessToken);
    }

    void revokePersonalToken(String personalToken) {
        personalTokens.remove(personalToken);
    }

    /** The next token-exchange call the backend received, waiting up to 5 s for it. */
    Received nextExchange() throws InterruptedException {
        Received r = exchanges.poll(5, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("backend received no token exchange");
        }
        return r;
    }

    boolean noRequestReceived() {
        return received.isEmpty();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] requestBody = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals("/.well-known/jwks.json")) {
                jwksRequests.incrementAndGet();
                respond(exchange, 200, "application/json", jwks.get());
                return;
            }
            if (path.equals("/auth/token-exchange")) {
                exchanges.add(new Received(exchange.getRequestMethod(), path, null, lowerCased(exchange.getRequestHeaders()),
                        new String(requestBody, StandardCharsets.UTF_8)));
                Matcher token = TOKEN.matcher(new String(requestBody, StandardCharsets.UTF_8));
                Supplier<String> accessToken = token.find() ? personalTokens.get(token.group(1)) : null;
                if (accessToken == null) {
                    respond(exchange, 401, "application/problem+json", "{\"status\":401,\"title\":\"Unauthenticated\"}");
                }
                else {
                    respond(exchange, 200, "application/json", "{\"accessToken\":\"" + accessToken.get()
                            + "\",\"expiresIn\":300,\"tokenType\":\"Bearer\",\"scope\":\"crm\"}");
                }
                return;
            }
            String query = exchange.getRequestURI().getRawQuery();
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), query,
                    lowerCased(exchange.getRequestHeaders()), new String(requestBody, StandardCharsets.UTF_8)));
            long sleepMs = sleepMs(query);
            if (sleepMs > 0) {
                try {
                    Thread.sleep(sleepMs);
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] body = ("{\"backendPath\":\"" + exchange.getRequestURI().getRawPath() + "\"}")
                .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private static Map<String, List<String>> lowerCased(Headers headers) {
        Map<String, List<String>> copy = new java.util.HashMap<>();
        headers.forEach((name, values) -> copy.put(name.toLowerCase(), List.copyOf(values)));
        return copy;
    }

    private static long sleepMs(String query) {
        if (query == null) {
            return 0;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("sleepMs=")) {
                return Long.parseLong(pair.substring("sleepMs=".length()));
            }
        }
        return 0;
    }

    /** A port on which nothing listens (bound once, then released). */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
