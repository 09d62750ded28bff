package de.foerderfluss.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Digits;

/**
 * An amount in euros and cents: at most two decimals ({@code Digits}) and within
 * {@link AmountLimit}. Each breach has its own message, so a sum beyond the maximum is
 * not mistaken for one with too many decimals.
 */
@Digits(integer = Integer.MAX_VALUE, fraction = 2)
@AmountLimit
@Constraint(validatedBy = {})
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE,
		ElementType.TYPE_USE })
public @interface Amount {

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
