package de.foerderfluss.disbursement.web;

import java.util.Optional;

import de.foerderfluss.carrier.BankAccountChange;
import de.foerderfluss.carrier.CarrierRegistry;
import de.foerderfluss.disbursement.DisbursementQueries;
import org.springframework.stereotype.Component;

/**
 * Carriers whose bank account was changed and has not yet received a payout. A changed
 * account is how payments get diverted, so finance confirms it with the carrier before
 * the first payout goes there.
 */
@Component
class NewBankAccounts {

	private final CarrierRegistry registry;

	private final DisbursementQueries queries;

	NewBankAccounts(CarrierRegistry registry, DisbursementQueries queries) {
		this.registry = registry;
		this.queries = queries;
	}

	/** The change that brought in the carrier's account, while nothing was paid to it. */
	Optional<BankAccountChange> unpaid(Long carrierId) {
		return this.registry.changeToCurrentAccount(carrierId)
			.filter((change) -> !this.queries.everPaidTo(change.getIban()));
	}

}
