package de.foerderfluss.shared;

import java.util.Optional;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;

/**
 * What is wrong with an upload that could not even be read, when it is the file's name:
 * Tomcat refuses a name with a null character, and a name so long that the part's header
 * exceeds its limit (512 bytes) arrives as a size limit, which would otherwise read as
 * "file too large".
 */
public final class UploadRefusals {

	private UploadRefusals() {
	}

	/**
	 * @param ex what reading the upload raised: Spring's
	 * {@link org.springframework.web.multipart.MultipartException} or, where the servlet
	 * container parsed the parts first, its own exception
	 * @return the message code for the file field when the name is the problem
	 */
	public static Optional<String> nameProblem(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidFileNameException) {
				return Optional.of("error.document.name-invalid");
			}
			if (cause.getMessage() != null && cause.getMessage().contains("Header section has more than")) {
				return Optional.of("error.document.name-too-long");
			}
		}
		return Optional.empty();
	}

}
