package de.foerderfluss.carrier;

import java.util.Map;

/**
 * How many people sign in for each carrier. Answered by the module that keeps the user
 * accounts, which knows carriers; carriers do not know it.
 */
public interface CarrierUsers {

	/** Number of user accounts per carrier id; carriers without accounts are missing. */
	Map<Long, Long> countPerCarrier();

}
