package de.foerderfluss.application;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import de.foerderfluss.security.Actor;
import de.foerderfluss.security.Role;

/**
 * What a stored document is: the carrier's uploads or a notice the authority issued, and
 * who may read it. A carrier reads only its own organisation's documents.
 */
public enum DocumentKind {

	/**
	 * What the carrier sent in (statutes, quotes, receipts): read by the KI staff who
	 * review the case, not by finance or the administrators.
	 */
	UPLOAD(EnumSet.of(Role.CARRIER, Role.REVIEWER, Role.APPROVER)),

	APPROVAL_NOTICE(noticeReaders()), REJECTION_NOTICE(noticeReaders()), CLAWBACK_NOTICE(noticeReaders());

	private final Set<Role> readers;

	DocumentKind(Set<Role> readers) {
		this.readers = Collections.unmodifiableSet(readers);
	}

	/**
	 * The notices are also read by finance: they are the grounds of the payouts it orders
	 * and of the repayments it books.
	 */
	public static Set<Role> noticeReaders() {
		return EnumSet.of(Role.CARRIER, Role.REVIEWER, Role.APPROVER, Role.FINANCE);
	}

	public Set<Role> readers() {
		return this.readers;
	}

	public boolean readableBy(Actor actor) {
		return this.readers.stream().anyMatch(actor::has);
	}

}
