package de.foerderfluss.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import de.foerderfluss.carrier.Carrier;
import de.foerderfluss.security.UserAccount;
import de.foerderfluss.security.UserAccounts;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Who receives a notification. */
@Component
class Recipients {

	private final UserAccounts accounts;

	private final NotificationProperties properties;

	Recipients(UserAccounts accounts, NotificationProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	List<String> of(NotificationKind.Audience audience, Carrier carrier) {
		return switch (audience) {
			case CARRIER -> carrier(carrier);
			case KI_TEAM -> distinct(Stream.of(this.properties.kiAddress()));
		};
	}

	/**
	 * The carrier's contact address and the addresses of its active user accounts, so
	 * that whoever works on the case hears of it.
	 */
	private List<String> carrier(Carrier carrier) {
		Stream<String> users = this.accounts.findByCarrierId(carrier.getId())
			.stream()
			.filter(UserAccount::isEnabled)
			.map(UserAccount::getEmail);
		return distinct(Stream.concat(Stream.of(carrier.getContactEmail()), users));
	}

	/**
	 * Each address once, in the order given, whatever its case; empty entries are
	 * dropped.
	 */
	static List<String> distinct(Stream<String> addresses) {
		Map<String, String> unique = new LinkedHashMap<>();
		addresses.filter(StringUtils::hasText)
			.map(String::trim)
			.forEach((address) -> unique.putIfAbsent(address.toLowerCase(Locale.ROOT), address));
		return new ArrayList<>(unique.values());
	}

}
