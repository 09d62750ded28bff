package de.foerderfluss.application.web;

/** The carrier's explicit acceptance of the forwarding contract: the ticked box. */
record ContractForm(Boolean accept) {

	boolean accepted() {
		return Boolean.TRUE.equals(this.accept);
	}

}
