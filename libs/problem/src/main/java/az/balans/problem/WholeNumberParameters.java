package az.balans.problem;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

/**
 * A query or path parameter that must be a whole number ({@code page}, {@code size}, {@code limit})
 * and is not one is the caller's mistake, answered 400 naming the parameter; JAX-RS's own rule
 * would answer 404, as if the path did not exist.
 */
@Provider
public class WholeNumberParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(
            Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>)
                    new WholeNumber<>(name, Integer::valueOf, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>)
                    new WholeNumber<>(name, Long::valueOf, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        return null;
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return null;
    }

    private record WholeNumber<N extends Number>(
            String name, Function<String, N> parse, long min, long max)
            implements ParamConverter<N> {

        @Override
        public N fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value.strip());
            } catch (NumberFormatException e) {
                String fault =
                        value.strip().matches("[+-]?[0-9]+")
                                ? "must be between " + min + " and " + max
                                : "must be a whole number";
                // JAX-RS wraps what a converter throws; the problem mapper finds the field in the
                // causes
                throw new BadRequestException(new InvalidFieldException(name, fault));
            }
        }

        @Override
        public String toString(N value) {
            return value.toString();
        }
    }
}
