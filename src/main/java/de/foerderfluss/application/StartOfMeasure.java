package de.foerderfluss.application;

/**
 * What the carrier says about the start of the measure when applying (vorzeitiger
 * Maßnahmebeginn, VV Nr. 1.3 zu § 44 LHO NRW): whether it has already started, and
 * whether the carrier asks for permission to start before the approval, with its reason.
 *
 * @param alreadyStarted the measure has begun (a contract for it was concluded)
 * @param permissionRequested the carrier asks for permission to start before the approval
 * @param reason why the measure cannot wait for the approval
 */
public record StartOfMeasure(boolean alreadyStarted, boolean permissionRequested, String reason) {

	/** Not started, nothing asked. */
	public static final StartOfMeasure NOT_STARTED = new StartOfMeasure(false, false, null);

}
