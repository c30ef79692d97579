package io.github.verbatim.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/** Writes JSON responses and error bodies. Stateless and thread-safe. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private Json() {
    }

    /** Sends {@code body} with status 200. */
    static void send(Context ctx, JsonNode body) {
        send(ctx, 200, body);
    }

    /** Sends {@code body} with {@code status}. */
    static void send(Context ctx, int status, JsonNode body) {
        try {
            ctx.status(status).contentType(CONTENT_TYPE).result(MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** Sends the error body for {@code status}. */
    static void error(Context ctx, int status, String code, String message) {
        ObjectNode body = MAPPER.createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("status", status);
        error.put("code", code);
        error.put("message", message);
        send(ctx, status, body);
    }
}
