package az.balans.testsupport;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated {@code @QuarkusTest} class gets a Kafka broker of its own, which it controls through
 * a {@link RestartableKafkaBroker} field marked {@link InjectKafkaBroker}. Instead of {@link WithKafka}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithTestResource(
        value = RestartableKafkaTestResource.class,
        scope = TestResourceScope.RESTRICTED_TO_CLASS)
public @interface WithRestartableKafka {}
