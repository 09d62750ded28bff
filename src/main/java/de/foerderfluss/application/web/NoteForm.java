package de.foerderfluss.application.web;

import jakarta.validation.constraints.Size;

/**
 * A short optional text a carrier adds to a step: the note of a resubmission, the reason
 * of a withdrawal.
 */
record NoteForm(@Size(max = 2000) String note) {

	/** The note without surrounding blanks, or null when there is none. */
	String text() {
		return (this.note != null && !this.note.isBlank()) ? this.note.strip() : null;
	}

}
