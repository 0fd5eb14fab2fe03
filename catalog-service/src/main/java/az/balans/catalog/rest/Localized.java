package az.balans.catalog.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import java.util.Set;

/**
 * A text by language: keys only among Balans's languages (en, az, ru, zh), English always there,
 * since English is the fallback for every reader.
 */
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Localized.Validator.class)
public @interface Localized {

    Set<String> LANGUAGES = Set.of("en", "az", "ru", "zh");

    String message() default "must have an \"en\" entry, and keys only among en, az, ru, zh";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Localized, Map<String, ?>> {
        @Override
        public boolean isValid(Map<String, ?> texts, ConstraintValidatorContext context) {
            return texts == null
                    || (texts.containsKey("en") && LANGUAGES.containsAll(texts.keySet()));
        }
    }
}
