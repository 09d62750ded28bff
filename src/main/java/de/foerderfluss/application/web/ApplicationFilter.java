package de.foerderfluss.application.web;

import de.foerderfluss.application.ApplicationStatus;
import jakarta.validation.constraints.Size;

/**
 * The filters of the case workers' list as GET parameters: status, module code, town and
 * a text found in the file number, the title or the carrier's name.
 */
record ApplicationFilter(ApplicationStatus status, @Size(max = 5) String module, Long municipality,
		@Size(max = 100) String q) {

	boolean isEmpty() {
		return this.status == null && blank(this.module) && this.municipality == null && blank(this.q);
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
