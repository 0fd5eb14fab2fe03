package az.balans.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first thing every request meets, on every route (the API, the page, /q/*): it refuses what no
 * endpoint can use with a problem+json naming what is wrong, before anything reads the request.
 * <ul>
 *     <li>a control character in the path or query (PostgreSQL cannot even hold a NUL);</li>
 *     <li>a percent-escape that does not decode to UTF-8;</li>
 *     <li>a header section over {@code balans.http.max-header-bytes};</li>
 *     <li>a path and query longer than {@code balans.http.max-uri-length};</li>
 *     <li>a body over {@code quarkus.http.limits.max-body-size}, declared or streamed (chunked).</li>
 * </ul>
 * Whatever else the router itself refuses (an unknown route, a bad method, a body that grew past the
 * limit while streaming) is answered here as problem+json too, instead of an empty page.
 *
 * <p>A target {@code java.net.URI} refuses (a bare '%') reaches this too, where the services run
 * with {@code -Dvertx.disableURIValidation=true} (tests, the stack, the images, dev mode); Quarkus
 * would answer it with an empty 400. Only what HTTP cannot parse at all (a control character inside
 * a header, headers past {@code quarkus.http.limits.max-header-size}, a request line past
 * {@code quarkus.http.limits.max-initial-line-length}) is refused below any of this, by Vert.x and
 * Netty, with a bare 400 or 431 and nothing else.
 */
@ApplicationScoped
public class RequestHygiene {

    /** The methods whose bodies the endpoints read; a body sent with any other is never read at all. */
    private static final Set<HttpMethod> BODY_METHODS =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    private static final String CONTROL = "holds a control character (U+0000 to U+001F or U+007F)";
    private static final String MALFORMED =
            "holds a malformed percent-escape or one that is not UTF-8";
    private static final Map<Integer, String> ROUTER_REFUSALS =
            Map.of(
                    400, "The request could not be understood.",
                    404, "There is nothing at this path.",
                    405, "This path does not take that method.",
                    413, "The request body is larger than this service accepts.",
                    414, "The request's path and query are longer than this service accepts.",
                    415, "This path does not take a body of that content type.",
                    431, "The request's headers are larger than this service accepts.");

    private final ObjectMapper json;
    private final int maxHeaderBytes;
    private final int maxUriLength;
    private final long maxBodyBytes;
    private final BodyHandler streamedBodies;

    RequestHygiene(
            ObjectMapper json,
            @ConfigProperty(name = "balans.http.max-header-bytes", defaultValue = "16384")
                    int maxHeaderBytes,
            @ConfigProperty(name = "balans.http.max-uri-length", defaultValue = "4096")
                    int maxUriLength,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
                    MemorySize maxBodySize) {
        this.json = json;
        this.maxHeaderBytes = maxHeaderBytes;
        this.maxUriLength = maxUriLength;
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.streamedBodies = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
    }

    void install(@Observes Router router) {
        router.route()
                .order(Integer.MIN_VALUE)
                .handler(this::refuseWhatNoEndpointCanUse)
                // first among the failure handlers, so a refusal by the router itself (a path it
                // cannot
                // decode, a body past the limit) is a problem too; anything else goes on to the
                // others
                .failureHandler(
                        context -> {
                            String detail = ROUTER_REFUSALS.get(context.statusCode());
                            if (detail != null && !context.response().headWritten()) {
                                send(context, Problem.of(statusOf(context.statusCode()), detail));
                            } else {
                                context.next();
                            }
                        });
        ROUTER_REFUSALS.forEach(
                (status, detail) ->
                        router.errorHandler(
                                status,
                                context -> {
                                    if (!context.response().headWritten()) {
                                        send(context, Problem.of(statusOf(status), detail));
                                    }
                                }));
    }

    private void refuseWhatNoEndpointCanUse(RoutingContext context) {
        MultiMap headers = context.request().headers();
        int headerBytes = 0;
        for (Map.Entry<String, String> header : headers) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > maxHeaderBytes) {
            send(
                    context,
                    Problem.of(
                            statusOf(431),
                            "The request's headers take "
                                    + headerBytes
                                    + " bytes; at most "
                                    + maxHeaderBytes
                                    + " are accepted."));
            return;
        }
        String uri = context.request().uri();
        if (uri.length() > maxUriLength) {
            send(
                    context,
                    Problem.of(
                            statusOf(414),
                            "The request's path and query take "
                                    + uri.length()
                                    + " characters; at most "
                                    + maxUriLength
                                    + " are accepted."));
            return;
        }
        int queryStart = uri.indexOf('?');
        String path = queryStart < 0 ? uri : uri.substring(0, queryStart);
        String fault = faultOf(path);
        if (fault != null) {
            send(context, invalid("path", fault));
            return;
        }
        if (queryStart >= 0) {
            for (String pair : uri.substring(queryStart + 1).split("&")) {
                fault = faultOf(pair);
                if (fault != null) {
                    String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                    send(context, invalid(faultOf(name) == null ? decode(name) : "query", fault));
                    return;
                }
            }
        }
        String length = headers.get(HttpHeaders.CONTENT_LENGTH);
        if (length != null
                && length.chars().allMatch(Character::isDigit)
                && length.length() < 19
                && Long.parseLong(length) > maxBodyBytes) {
            send(
                    context,
                    Problem.of(
                            statusOf(413),
                            "The request body takes "
                                    + length
                                    + " bytes; at most "
                                    + maxBodyBytes
                                    + " are accepted."));
            return;
        }
        if (length == null
                && headers.contains(HttpHeaders.TRANSFER_ENCODING)
                && BODY_METHODS.contains(context.request().method())) {
            // a streamed body of no declared length is read here, up to the limit: one that grows
            // past
            // it fails with 413 into the failure handler above, before an endpoint has begun to
            // read it
            // (the endpoint's own reader would answer an empty 413 and then fail writing a second
            // answer)
            streamedBodies.handle(context);
            return;
        }
        context.next();
    }

    /** Why a raw path or query part cannot be used, or {@code null}. */
    static String faultOf(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return CONTROL;
            }
            if (c == '%') {
                if (i + 2 >= raw.length()
                        || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return MALFORMED;
                }
                int value = Integer.parseInt(raw.substring(i + 1, i + 3), 16);
                if (value < 0x20 || value == 0x7F) {
                    return CONTROL;
                }
            }
        }
        return raw.indexOf('%') >= 0 && decode(raw) == null ? MALFORMED : null;
    }

    /** Percent-decodes strictly: {@code null} when the bytes are not UTF-8. */
    private static String decode(String raw) {
        byte[] bytes = new byte[raw.length()];
        int length = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                bytes[length++] = (byte) Integer.parseInt(raw.substring(i + 1, i + 3), 16);
                i += 2;
            } else if (c < 0x80) {
                bytes[length++] = (byte) c;
            } else {
                return raw;
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Problem invalid(String field, String message) {
        return Problem.invalid(
                field + " " + message, List.of(new Problem.Violation(field, message)));
    }

    private void send(RoutingContext context, Problem problem) {
        send(context, json, problem);
    }

    /** Answers a request with a problem before it reaches an endpoint (and the exception mappers). */
    static void send(RoutingContext context, ObjectMapper json, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"title\":\"" + problem.title() + "\",\"status\":" + problem.status() + "}";
        }
        context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }

    private static Response.StatusType statusOf(int code) {
        Response.Status known = Response.Status.fromStatusCode(code);
        if (known != null) {
            return known;
        }
        return new Response.StatusType() {
            @Override
            public int getStatusCode() {
                return code;
            }

            @Override
            public Response.Status.Family getFamily() {
                return Response.Status.Family.familyOf(code);
            }

            @Override
            public String getReasonPhrase() {
                return code == 431
                        ? "Request Header Fields Too Large"
                        : code == 414 ? "URI Too Long" : "Client Error";
            }
        };
    }
}
