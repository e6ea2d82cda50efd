package com.partnershiptracker.websupport;

import com.partnershiptracker.shared.WrittenDate;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A form field holding a date as people write it (see {@link WrittenDate}), or nothing. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PartialDateText.Validator.class)
public @interface PartialDateText {

    String message() default "{validation.partialDate}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PartialDateText, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return WrittenDate.isReadable(value);
        }
    }
}
