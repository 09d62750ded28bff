package de.foerderfluss.disbursement.web;

/**
 * The release order has nothing to type: the button is the signature. The form exists to
 * carry the refusals of the service.
 */
record ReleaseForm() {

}
