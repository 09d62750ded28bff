package de.foerderfluss.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a notice stands on its way to the carrier and to finality, as of one day.
 *
 * @param kind the notice
 * @param providedAt when it was made available in the carrier's document list
 * @param retrievedAt when the carrier first opened it, or {@code null}
 * @param retrievedBy who opened it
 * @param administrativeAct whether it is an administrative act that is delivered and
 * becomes final; a contract offer or a letter is only made available and opened
 * @param retrievalEndsOn the last day on which opening it delivers it
 * @param deliveredOn the day it counts as delivered: the day after it was opened
 * @param lawsuitDeadline the last day for a lawsuit
 * @param finalOn the day it becomes final, unless a lawsuit was filed
 * @param lawsuitFiledOn the day a lawsuit against it was filed, as staff marked it
 * @param state where it stands
 */
public record Delivery(DocumentKind kind, Instant providedAt, Instant retrievedAt, String retrievedBy,
		boolean administrativeAct, LocalDate retrievalEndsOn, LocalDate deliveredOn, LocalDate lawsuitDeadline,
		LocalDate finalOn, LocalDate lawsuitFiledOn, State state) {

	public enum State {

		/** Made available; not opened yet, the window for retrieval runs. */
		PROVIDED,
		/** Opened (a contract offer or letter, which is not delivered as a notice is). */
		RETRIEVED,
		/**
		 * Not opened in time: not delivered; to be made available again or sent by post.
		 */
		NOT_DELIVERED,
		/** Delivered (or to be, the day after opening); the period for a lawsuit runs. */
		DELIVERED,
		/** The period for a lawsuit passed without one: final (bestandskräftig). */
		FINAL,
		/** A lawsuit was filed: not final. */
		CHALLENGED

	}

}
