package de.foerderfluss.application;

import java.util.Set;

/**
 * What a list of applications is filtered by; every part is optional.
 *
 * @param status the status, or null for any
 * @param moduleIds the funding modules (e.g. every module B of any year), or null for any
 * @param municipalityId the town, or null for any
 * @param text found in the file number or the title, case-insensitive; or null
 * @param carriersNamed the carriers whose name contains the text, matched as well
 */
public record ApplicationSearch(ApplicationStatus status, Set<Long> moduleIds, Long municipalityId, String text,
		Set<Long> carriersNamed) {

	public static ApplicationSearch all() {
		return new ApplicationSearch(null, null, null, null, null);
	}

}
