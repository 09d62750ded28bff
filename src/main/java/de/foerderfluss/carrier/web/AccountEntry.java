package de.foerderfluss.carrier.web;

import java.time.Instant;

import de.foerderfluss.carrier.BankAccount;
import de.foerderfluss.carrier.BankAccountChange;

/**
 * One bank account entered for a carrier, IBANs printed in groups of four.
 *
 * @param changedAt when it was entered
 * @param changedBy who entered it (user name)
 * @param iban the IBAN entered
 * @param accountHolder the holder entered
 * @param previousIban the IBAN before, null when it was the first entry
 * @param previousAccountHolder the holder before
 */
public record AccountEntry(Instant changedAt, String changedBy, String iban, String accountHolder, String previousIban,
		String previousAccountHolder) {

	static AccountEntry of(BankAccountChange change) {
		return new AccountEntry(change.getChangedAt(), change.getChangedBy(), BankAccount.printed(change.getIban()),
				change.getAccountHolder(), change.isFirstEntry() ? null : BankAccount.printed(change.getPreviousIban()),
				change.getPreviousAccountHolder());
	}

	public boolean firstEntry() {
		return this.previousIban == null;
	}

}
