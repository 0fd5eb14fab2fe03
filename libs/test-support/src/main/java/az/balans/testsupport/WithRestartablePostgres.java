package az.balans.testsupport;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated {@code @QuarkusTest} class gets a PostgreSQL server of its own, which it controls
 * through a {@link RestartablePostgres} field marked {@link InjectPostgres}. Instead of {@link WithPostgres}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithTestResource(
        value = RestartablePostgresTestResource.class,
        scope = TestResourceScope.RESTRICTED_TO_CLASS)
public @interface WithRestartablePostgres {}
