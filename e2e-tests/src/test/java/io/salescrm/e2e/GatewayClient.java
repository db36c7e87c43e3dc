package io.salescrm.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** HTTP through the gateway, as a given signed-in employee or anonymously. */
final class GatewayClient {

    record Response(int status, String contentType, String requestId, JsonNode body) {
    }

    /** A response whose body is not JSON (a CSV export). */
    record TextResponse(int status, String contentType, String contentDisposition, String body) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String bearer;

    private GatewayClient(String baseUrl, String bearer) {
        this.baseUrl = baseUrl;
        this.bearer = bearer;
    }

    static GatewayClient anonymous(String baseUrl) {
        return new GatewayClient(baseUrl, null);
    }

    /** Signs in through {@code POST /api/org/auth/login} and returns a client sending the access token. */
    GatewayClient signIn(String login, String password) {
        Response response = post("/api/org/auth/login", Map.of("username", login, "password", password));
        if (response.status() != 200) {
            throw new AssertionError("sign-in of " + login + " failed: " + response);
        }
        return new GatewayClient(baseUrl, "Bearer " + response.body().get("accessToken").asText());
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    TextResponse getText(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new TextResponse(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Response post(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String raw ? raw : write(body))));
    }

    private Response send(HttpRequest.Builder request) {
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            String requestId = response.headers().firstValue("X-Request-Id").orElse("");
            JsonNode body = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Response(response.statusCode(), contentType, requestId, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
