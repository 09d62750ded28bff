package de.foerderfluss.security;

import java.util.Map;
import java.util.stream.Collectors;

import de.foerderfluss.carrier.CarrierUsers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the carrier pages how many accounts each carrier has. */
@Component
class CarrierUserCounts implements CarrierUsers {

	private final UserAccounts accounts;

	CarrierUserCounts(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Long> countPerCarrier() {
		return this.accounts.countPerCarrier()
			.stream()
			.collect(Collectors.toMap((row) -> (Long) row[0], (row) -> (Long) row[1]));
	}

}
