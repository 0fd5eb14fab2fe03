package az.balans.platform.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every HTTP request is counted under one of this service's route templates ({@code /numbers/{input}})
 * or under {@code uri="UNKNOWN"}, never under the path it came with. Quarkus counts a request that
 * met no route under its raw path (a CORS refusal, a wrong method, a path too long, an OPTIONS the
 * endpoints answer for any path below theirs): a number someone put in a path would show in the
 * metrics anyone with the management port reads, and each new path would add a series of its own.
 */
@Singleton
public class RouteTemplatesOnly implements MeterFilter {

    /** The values Quarkus itself gives to what matched no route: fixed, so they hold nothing of a request. */
    private static final Set<String> FIXED =
            Set.of("UNKNOWN", "NOT_FOUND", "REDIRECTION", "root", "/cors-preflight");

    private static final Tag UNKNOWN = Tag.of("uri", "UNKNOWN");
    private static final Pattern REGEX_OF_PARAMETER =
            Pattern.compile("\\{\\s*([^}:\\s]+)\\s*:[^}]*}");

    private volatile Set<String> templates;

    @Override
    public Meter.Id map(Meter.Id id) {
        String uri = id.getTag("uri");
        if (uri == null
                || !id.getName().startsWith("http.server")
                || FIXED.contains(uri)
                || templates().contains(uri)) {
            return id;
        }
        return id.replaceTags(Tags.of(id.getTagsAsIterable()).and(UNKNOWN));
    }

    private Set<String> templates() {
        Set<String> known = templates;
        if (known == null) {
            known = new HashSet<>();
            for (Bean<?> bean :
                    Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                known.addAll(templatesOf(bean.getBeanClass()));
            }
            templates = known;
        }
        return known;
    }

    /** The route templates of a JAX-RS resource class, as Quarkus writes them in the uri tag. */
    static Set<String> templatesOf(Class<?> resource) {
        Path root = resource.getAnnotation(Path.class);
        Set<String> found = new HashSet<>();
        if (root == null) {
            return found;
        }
        for (Method method : resource.getMethods()) {
            boolean endpoint =
                    Arrays.stream(method.getAnnotations())
                            .map(Annotation::annotationType)
                            .anyMatch(type -> type.isAnnotationPresent(HttpMethod.class));
            if (endpoint) {
                Path path = method.getAnnotation(Path.class);
                found.add(normalized(root.value() + "/" + (path == null ? "" : path.value())));
            }
        }
        return found;
    }

    private static String normalized(String template) {
        String joined =
                ("/" + REGEX_OF_PARAMETER.matcher(template).replaceAll("{$1}"))
                        .replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/")
                ? joined.substring(0, joined.length() - 1)
                : joined;
    }
}
