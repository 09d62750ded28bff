package de.foerderfluss.application;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits for uploaded documents.
 *
 * @param maxSize the largest file accepted
 * @param allowedTypes media types accepted, detected from the content, not the file name
 */
@ConfigurationProperties("foerderfluss.documents")
public record DocumentProperties(DataSize maxSize, Set<String> allowedTypes) {

	public DocumentProperties {
		maxSize = (maxSize != null) ? maxSize : DataSize.ofMegabytes(10);
		allowedTypes = (allowedTypes != null) ? allowedTypes : Set.of("application/pdf", "image/jpeg", "image/png");
	}

}
