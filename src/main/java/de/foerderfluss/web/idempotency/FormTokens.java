package de.foerderfluss.web.idempotency;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * One-time tokens for forms, as templates ask for them ({@code @formTokens.fresh()}; the
 * fragment {@code fragments/forms :: once} puts one in a hidden field): every form shown
 * gets its own, and {@link FormTokenInterceptor} lets each token take effect once.
 */
@Component("formTokens")
public class FormTokens {

	/** The name of the form field (or query parameter) that carries the token. */
	public static final String PARAMETER = "_formToken";

	public String fresh() {
		return UUID.randomUUID().toString();
	}

}
