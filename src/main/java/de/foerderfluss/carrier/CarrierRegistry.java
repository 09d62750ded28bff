package de.foerderfluss.carrier;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators register carriers and keep their details and bank accounts up to date.
 * Every account entered or changed is recorded with who did it and when.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class CarrierRegistry {

	private final Carriers carriers;

	private final BankAccountChanges accountChanges;

	CarrierRegistry(Carriers carriers, BankAccountChanges accountChanges) {
		this.carriers = carriers;
		this.accountChanges = accountChanges;
	}

	@Transactional(readOnly = true)
	public List<Carrier> carriers() {
		return this.carriers.findAllByOrderByName();
	}

	@Transactional(readOnly = true)
	public Carrier carrier(Long id) {
		return this.carriers.findById(id).orElseThrow(() -> new NotFoundException("carrier", id));
	}

	public Carrier register(CarrierDetails details, String iban, String accountHolder) {
		requireUniqueName(details.name(), null);
		Carrier carrier = this.carriers.save(new Carrier(details, new BankAccount(iban, accountHolder)));
		record(carrier.getId(), null, carrier.getBankAccount());
		return carrier;
	}

	public Carrier change(Long id, CarrierDetails details, String iban, String accountHolder) {
		Carrier carrier = carrier(id);
		requireUniqueName(details.name(), id);
		carrier.describe(details);
		BankAccount previous = carrier.getBankAccount();
		if (carrier.changeBankAccount(new BankAccount(iban, accountHolder))) {
			record(id, previous, carrier.getBankAccount());
		}
		return carrier;
	}

	/** The accounts entered for the carrier, newest first. */
	@Transactional(readOnly = true)
	public List<BankAccountChange> accountHistory(Long carrierId) {
		return this.accountChanges.findByCarrierIdOrderByIdDesc(carrierId);
	}

	/**
	 * The change that brought in the carrier's current account, if the account was
	 * changed rather than entered with the carrier. Finance reads it before releasing a
	 * payout.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('FINANCE', 'ADMIN')")
	public Optional<BankAccountChange> changeToCurrentAccount(Long carrierId) {
		return this.accountChanges.findByCarrierIdOrderByIdDesc(carrierId)
			.stream()
			.findFirst()
			.filter((change) -> !change.isFirstEntry());
	}

	/** The latest change of an account per carrier id, for carriers whose one changed. */
	@Transactional(readOnly = true)
	public Map<Long, BankAccountChange> latestAccountChanges() {
		return this.accountChanges.latestChanges()
			.stream()
			.collect(Collectors.toMap(BankAccountChange::getCarrierId, Function.identity()));
	}

	private void requireUniqueName(String name, Long id) {
		String wanted = (name != null) ? name.strip() : "";
		this.carriers.findByName(wanted).filter((other) -> !other.getId().equals(id)).ifPresent((other) -> {
			throw new InvalidInputException("name", "admin.error.carrier.name-taken", wanted);
		});
	}

	private void record(Long carrierId, BankAccount previous, BankAccount account) {
		this.accountChanges.save(new BankAccountChange(carrierId, previous, account));
	}

}
