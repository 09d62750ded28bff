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

	APPROVAL_NOTICE(noticeReaders()), REJECTION_NOTICE(noticeReaders()), CLAWBACK_NOTICE(noticeReaders()),

	/** The case worker's answer to a request to start the measure before the approval. */
	EARLY_START_LETTER(noticeReaders()),

	/** The hearing letter (Anhörung) before a burdening notice. */
	HEARING_LETTER(noticeReaders()),

	/** The forwarding contract as the authority offers it, signed on its side. */
	FORWARDING_CONTRACT(noticeReaders()),

	/**
	 * The forwarding contract as the carrier signed it and uploaded it: read like the
	 * carrier's other uploads.
	 */
	SIGNED_CONTRACT(EnumSet.of(Role.CARRIER, Role.REVIEWER, Role.APPROVER)),

	/** The letter that the offer of a forwarding contract lapsed unaccepted. */
	CONTRACT_LAPSE_NOTICE(noticeReaders()),

	/** The interest notice (Zinsbescheid, § 49a Abs. 3 VwVfG NRW). */
	INTEREST_NOTICE(noticeReaders());

	/** The notices that are administrative acts (Verwaltungsakte). */
	private static final Set<DocumentKind> ADMINISTRATIVE_ACTS = EnumSet.of(APPROVAL_NOTICE, REJECTION_NOTICE,
			CLAWBACK_NOTICE, INTEREST_NOTICE);

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

	/**
	 * Whether the notice is an administrative act: delivered to the carrier, open to a
	 * lawsuit for a month and final after that. A contract and a letter are not.
	 */
	public boolean isAdministrativeAct() {
		return ADMINISTRATIVE_ACTS.contains(this);
	}

	/** The name in the API's paths, such as {@code approval-notice}. */
	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/**
	 * Whether the authority issued it (a notice, contract or letter), rather than the
	 * carrier sending it in.
	 */
	public boolean isIssued() {
		return this != UPLOAD && this != SIGNED_CONTRACT;
	}

	/** The issued document a path names ({@code approval-notice}), if it names one. */
	public static java.util.Optional<DocumentKind> notice(String slug) {
		return java.util.Arrays.stream(values())
			.filter((kind) -> kind.isIssued() && kind.slug().equals(slug))
			.findFirst();
	}

}
