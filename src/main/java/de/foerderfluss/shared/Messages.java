package de.foerderfluss.shared;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Message arguments that are themselves translated, e.g. a status name inside an error.
 */
public final class Messages {

	private Messages() {
	}

	public static MessageSourceResolvable code(String code) {
		return new DefaultMessageSourceResolvable(new String[] { code }, code);
	}

}
