package de.foerderfluss.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The largest amount anywhere, either way: ten digits before the decimal point, as the
 * database keeps amounts.
 */
@Constraint(validatedBy = AmountLimit.Check.class)
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE,
		ElementType.TYPE_USE })
public @interface AmountLimit {

	String MAXIMUM = "9999999999.99";

	String message() default "{AmountLimit}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** An empty amount is for {@code NotNull} to judge. */
	class Check implements ConstraintValidator<AmountLimit, BigDecimal> {

		private static final BigDecimal LIMIT = new BigDecimal(MAXIMUM);

		@Override
		public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
			return value == null || value.abs().compareTo(LIMIT) <= 0;
		}

	}

}
