package de.foerderfluss.application;

/**
 * By how many percent a single cost line may exceed its plan when other lines offset it.
 * The proof module sets it; the contract terms of an application state it, without
 * depending on that module.
 */
public interface LineTolerance {

	Integer lineTolerancePercent();

}
