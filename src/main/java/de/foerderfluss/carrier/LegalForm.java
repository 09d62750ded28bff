package de.foerderfluss.carrier;

/** Legal forms of carriers that forward-funding in Germany typically meets. */
public enum LegalForm {

	/** eingetragener Verein (e.V.) */
	REGISTERED_ASSOCIATION,
	/** gemeinnützige GmbH */
	NON_PROFIT_COMPANY,
	/** Stiftung */
	FOUNDATION,
	/** Kirchengemeinde or other body under public law of a church */
	CHURCH_CONGREGATION,
	/** Wohlfahrtsverband */
	WELFARE_ASSOCIATION,
	/** kreisangehörige Gemeinde or Stadt */
	MUNICIPALITY,
	/** nicht eingetragener Verein, Initiative */
	UNREGISTERED_ASSOCIATION

}
