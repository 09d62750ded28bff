package de.foerderfluss.notification;

/** Where a mail in the outbox stands. */
public enum OutboxStatus {

	/** Waiting for its next attempt. */
	PENDING,
	/** Accepted by the mail server. */
	SENT,
	/** Given up after the maximum number of attempts; an administrator may retry it. */
	FAILED

}
