package com.partnershiptracker.websupport;

import com.partnershiptracker.shared.ExternalIdentifier;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form field holding an external identifier as people paste it (see {@link ExternalIdentifier#read}),
 * or nothing. The message says whether the shape is wrong or only the check digits, which is a typo.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ExternalIdentifierText.Validator.class)
public @interface ExternalIdentifierText {

    ExternalIdentifier value();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ExternalIdentifierText, String> {

        private ExternalIdentifier kind;

        @Override
        public void initialize(ExternalIdentifierText annotation) {
            this.kind = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            ExternalIdentifier.Reading reading = value.length() > 200 ? new ExternalIdentifier.Reading(null, ExternalIdentifier.Problem.FORMAT)
                    : kind.read(value);
            if (reading.isValid()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(messageKey(kind, reading.problem())).addConstraintViolation();
            return false;
        }

        static String messageKey(ExternalIdentifier kind, ExternalIdentifier.Problem problem) {
            return "{validation.identifier." + kind.parameter()
                    + (problem == ExternalIdentifier.Problem.CHECK_DIGITS ? ".checkDigits}" : "}");
        }
    }
}
