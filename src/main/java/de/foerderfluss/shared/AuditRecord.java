package de.foerderfluss.shared;

/**
 * Something that happened to a case and belongs in its audit log. Status values are the
 * names of the application status, or null when the status did not change.
 */
public record AuditRecord(Long applicationId, String action, String statusBefore, String statusAfter, String detail) {

	public static AuditRecord of(Long applicationId, String action, String detail) {
		return new AuditRecord(applicationId, action, null, null, detail);
	}

}
