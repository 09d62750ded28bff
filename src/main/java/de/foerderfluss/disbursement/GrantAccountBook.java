package de.foerderfluss.disbursement;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import de.foerderfluss.application.events.ApplicationApproved;
import de.foerderfluss.application.PaidFunds;
import de.foerderfluss.shared.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the grant account of an approved application and answers what was called and paid
 * on cases.
 */
@Component
class GrantAccountBook implements PaidFunds {

	private final GrantAccounts accounts;

	GrantAccountBook(GrantAccounts accounts) {
		this.accounts = accounts;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ApplicationApproved event) {
		this.accounts.save(new GrantAccount(event.applicationId(), event.amount()));
	}

	/**
	 * The account with its row locked until the transaction ends: fund calls, refusals
	 * and payments of one application are booked one after the other, each on what the
	 * one before left.
	 */
	GrantAccount locked(Long applicationId) {
		return this.accounts.findLocked(applicationId)
			.orElseThrow(() -> new NotFoundException("application", applicationId));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Funds> fundsOf(Collection<Long> applicationIds) {
		if (applicationIds.isEmpty()) {
			return Map.of();
		}
		return this.accounts.findByApplicationIdIn(applicationIds)
			.stream()
			.collect(Collectors.toMap(GrantAccount::getApplicationId,
					(account) -> new Funds(account.getCalledAmount(), account.getPaidAmount())));
	}

}
