package de.foerderfluss.shared;

import java.util.regex.Pattern;

/**
 * What passes for an e-mail address wherever one is kept (a carrier's contact, a user
 * account): one {@code @}, a dot in the domain, no spaces.
 */
public final class EmailAddresses {

	private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private EmailAddresses() {
	}

	/**
	 * An address that may be left empty but must look like one when given.
	 * @param field the field the address was typed into, for the refusal
	 * @param address as typed
	 * @return the address without surrounding spaces, or {@code null} when empty
	 * @throws InvalidInputException when it does not look like an address
	 */
	public static String optional(String field, String address) {
		if (address == null || address.isBlank()) {
			return null;
		}
		String stripped = address.strip();
		if (!ADDRESS.matcher(stripped).matches()) {
			throw new InvalidInputException(field, "admin.error.email-invalid", stripped);
		}
		return stripped;
	}

}
