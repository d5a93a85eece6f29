package org.clusteratlas.identity.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/** The password is neither a known breached password nor quickly guessed (see {@link GuessablePasswords}). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotGuessable.Validator.class)
@interface NotGuessable {

    String message() default "{identity.password.guessable}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<NotGuessable, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            // Length is @Size's job: a too short password gets that message only.
            return value == null
                    || value.length() < 12
                    || value.length() > 128
                    || !GuessablePasswords.isGuessable(value, List.of());
        }
    }
}
