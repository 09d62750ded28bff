package de.foerderfluss.proof.events;

/**
 * The case worker decided after the hearing; {@code reclaimed} when money is reclaimed by
 * notice.
 */
public record HearingDecided(Long applicationId, boolean reclaimed) {
}
