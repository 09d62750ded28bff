package de.foerderfluss.application;

import java.time.Period;

/**
 * How far ahead of a payment money may be called. The disbursement module sets it; the
 * contract terms of an application state it, without depending on that module.
 */
public interface FundCallHorizon {

	Period fundCallHorizon();

}
