package org.clusteratlas.network;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name must exist in German or English. A type-level constraint, so the error is reported at the name itself
 * ({@code name}), where a client looks for it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NamedInOneLanguage.Check.class)
public @interface NamedInOneLanguage {

    String message() default "{validation.name.one-language}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<NamedInOneLanguage, BilingualName> {

        @Override
        public boolean isValid(BilingualName name, ConstraintValidatorContext context) {
            return name == null || !name.toText().isEmpty();
        }
    }
}
