package de.foerderfluss.audit;

/** How a step changed the status of a case: the names of the status before and after. */
public record StatusChange(String before, String after) {

	/** A step that leaves the status as it is. */
	public static final StatusChange NONE = new StatusChange(null, null);

}
