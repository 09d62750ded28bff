package de.foerderfluss.programme;

/**
 * The legal form in which a programme forwards its money to the carriers (VV Nr. 12 zu §
 * 44 LHO NRW): one per programme.
 */
public enum ForwardingForm {

	/**
	 * By notice (Weiterleitungsbescheid): an administrative act with instructions on
	 * legal remedies; it takes effect when it is delivered, without any acceptance.
	 */
	NOTICE,

	/**
	 * By private-law contract (Weiterleitungsvertrag): the authority offers a contract,
	 * the carrier signs it and uploads the signed copy, a case worker confirms its
	 * receipt.
	 */
	CONTRACT

}
