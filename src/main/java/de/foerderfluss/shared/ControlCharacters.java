package de.foerderfluss.shared;

/**
 * Control characters, such as the null character, have no place in anything a person
 * types: tabs and line breaks are text, every other character below the space and DEL are
 * refused wherever input arrives (PostgreSQL cannot even store the null character).
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/** Whether the text holds a control character other than tab, line feed or return. */
	public static boolean in(CharSequence text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
				return true;
			}
		}
		return false;
	}

}
