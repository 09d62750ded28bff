package de.foerderfluss.application;

/** What a stored document is: the carrier's uploads or a notice the authority issued. */
public enum DocumentKind {

	UPLOAD, APPROVAL_NOTICE, REJECTION_NOTICE, CLAWBACK_NOTICE

}
