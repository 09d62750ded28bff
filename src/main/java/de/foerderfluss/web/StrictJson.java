package de.foerderfluss.web;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import de.foerderfluss.shared.ControlCharacters;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API reads JSON strictly: a number is a JSON number (not {@code "2026"}), a yes or
 * no is {@code true} or {@code false}, an amount is a plain decimal such as
 * {@code 1234.56} (no exponent like {@code 1e3}), and no text holds control characters.
 * What breaks these rules is refused as invalid input at its field.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

	@Bean
	Jackson2ObjectMapperBuilderCustomizer noCoercionOfScalars() {
		return (builder) -> builder.featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.postConfigurer((mapper) -> {
				for (LogicalType type : new LogicalType[] { LogicalType.Integer, LogicalType.Float,
						LogicalType.Boolean }) {
					mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
				}
				mapper.coercionConfigFor(LogicalType.Boolean)
					.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
			});
	}

	@Bean
	Module strictValues() {
		return new SimpleModule("foerderfluss-strict-values").addDeserializer(String.class, new Text())
			.addDeserializer(BigDecimal.class, new Amount());
	}

	/** Text as JSON has it, without control characters. */
	static final class Text extends StdScalarDeserializer<String> {

		Text() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			String text = StringDeserializer.instance.deserialize(parser, context);
			if (ControlCharacters.in(text)) {
				throw new RefusedValue(parser, String.class, "error.field.control-characters");
			}
			return text;
		}

	}

	/** An amount: a JSON number written as a plain decimal. */
	static final class Amount extends StdScalarDeserializer<BigDecimal> {

		Amount() {
			super(BigDecimal.class);
		}

		@Override
		public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			JsonToken token = parser.currentToken();
			if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
				String written = parser.getText();
				if (written.indexOf('e') >= 0 || written.indexOf('E') >= 0) {
					throw new RefusedValue(parser, BigDecimal.class, "error.field.exponent");
				}
				return parser.getDecimalValue();
			}
			if (token == JsonToken.VALUE_STRING) {
				throw new RefusedValue(parser, BigDecimal.class, "error.field.text-for-number");
			}
			return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
		}

	}

	/** A value refused for a reason of ours, with the message that explains it. */
	static final class RefusedValue extends MismatchedInputException {

		private final String messageCode;

		RefusedValue(JsonParser parser, Class<?> type, String messageCode) {
			super(parser, messageCode, type);
			this.messageCode = messageCode;
		}

		String messageCode() {
			return this.messageCode;
		}

	}

}
